namespace Research.Engine.Models;

/// <summary>Where an injected error goes.</summary>
public enum PerturbTarget
{
    /// <summary>Gaussian noise added to the newest context latent (latent units; latents lie in [-1, 1]).</summary>
    Latent,

    /// <summary>Gaussian noise added to the newest decoded frame (pixel units in [0, 1]), which is then re-encoded as the context.</summary>
    Frame,
}
