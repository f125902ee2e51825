namespace GilGrid.Grains.Interfaces;

/// <summary>
/// Limits of an interpreter grain's interpreter, part of its recipe. A call past
/// <paramref name="CallTimeout"/> or <paramref name="TickBudget"/> fails with a `TimeoutError`
/// (the interpreter and its state stay); null means no limit.
/// </summary>
/// <param name="CallTimeout">Wall-clock limit of each call's Python code.</param>
/// <param name="TickBudget">Budget slices (of about 10,000 back-edges and calls each) per call.</param>
/// <param name="RecursionLimit">The initial `sys.getrecursionlimit()`.</param>
[GenerateSerializer, Immutable, Alias("gilgrid.InterpreterLimits")]
public sealed record InterpreterLimits(
    [property: Id(0)] TimeSpan? CallTimeout = null,
    [property: Id(1)] long? TickBudget = null,
    [property: Id(2)] int? RecursionLimit = null);
