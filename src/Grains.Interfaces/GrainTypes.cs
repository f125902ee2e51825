namespace GilGrid.Grains.Interfaces;

/// <summary>Stable grain type names: they appear in grain ids, so clients can list activations
/// by type, and renaming a grain class does not change them.</summary>
public static class GrainTypes
{
    public const string Interpreter = "interpreter";
    public const string Queue = "queue";
}
