Console.WriteLine("silo: not yet");
