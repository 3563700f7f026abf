namespace Research.Engine.World;

/// <summary>
/// SplitMix64: a tiny seeded generator whose sequence is fixed by this code, not by the runtime,
/// so worlds and datasets are identical on every machine and .NET version.
/// </summary>
internal struct DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public float NextFloat() => (NextUInt64() >> 40) * (1f / (1 << 24));

    /// <summary>Uniform in [0, max).</summary>
    public int Next(int max) => (int)((NextUInt64() >> 33) % (ulong)max);

    /// <summary>A stateless hash of coordinates, for textures and particles.</summary>
    public static ulong Hash(ulong seed, long a, long b = 0, long c = 0) =>
        Mix(seed ^ Mix((ulong)a * 0x9E3779B97F4A7C15UL ^ Mix((ulong)b + 0x632BE59BD9B4E019UL ^ Mix((ulong)c))));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
