using GilGrid.Client.Commands;

// `gilgrid`: the command line. All parsing and dispatch lives in Commands/; this file only wires the
// real console in, so that the same code can be driven with other writers.
return await CommandLine.RunAsync(args, CliConsole.Open());
