namespace GilGrid.Interp.CrossInterpreter;

/// <summary>
/// A Python object that stands for a process-wide resource (a queue, an interpreter): its type is
/// process-wide and immutable and the object carries no Python state (no instance dict), so it is
/// shared by reference like the immutable shareable values.
/// </summary>
public interface ICrossInterpreterHandle;
