Console.WriteLine("gilgrid: not yet");
