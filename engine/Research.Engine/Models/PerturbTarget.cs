namespace Research.Engine.Models;

/// <summary>Where an injected error goes.</summary>
public enum PerturbTarget
{
    /// <summary>Gaussian noise added to the whole context the model conditions on (both past frames, pixel units in [0, 1]).</summary>
    Latent,

    /// <summary>Gaussian noise added to the newest frame only (pixel units in [0, 1]).</summary>
    Frame,
}
