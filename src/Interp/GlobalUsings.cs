// The engine's ThreadState, not System.Threading's enum.
global using ThreadState = GilGrid.Interp.Runtime.ThreadState;
