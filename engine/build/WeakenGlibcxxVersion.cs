// MSBuild inline task (RoslynCodeTaskFactory): marks one GNU symbol-version requirement of an ELF
// shared library weak, so the dynamic loader accepts the library when the system lacks that version.
// Idempotent: a requirement already weak, or absent, leaves the file untouched.
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class WeakenGlibcxxVersion : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlagWeak = 0x2;

    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string VersionName { get; set; } = string.Empty;

    public override bool Execute()
    {
        foreach (var item in Files)
        {
            var path = item.GetMetadata("FullPath");
            try
            {
                var outcome = Patch(path, VersionName);
                Log.LogMessage(MessageImportance.Low, "{0}: {1}", path, outcome);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Log.LogError("Cannot patch the TorchSharp native library '{0}': {1}", path, ex.Message);
            }
        }
        return !Log.HasLoggedErrors;
    }

    private static string Patch(string path, string versionName)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F')
        {
            throw new InvalidDataException("not an ELF file");
        }
        if (bytes[4] != 2 || bytes[5] != 1)
        {
            throw new InvalidDataException("only 64-bit little-endian ELF is supported");
        }

        var sectionTable = (long)BitConverter.ToUInt64(bytes, 0x28);
        int sectionSize = BitConverter.ToUInt16(bytes, 0x3A);
        int sectionCount = BitConverter.ToUInt16(bytes, 0x3C);
        for (var s = 0; s < sectionCount; s++)
        {
            var header = checked((int)(sectionTable + (long)s * sectionSize));
            if (BitConverter.ToUInt32(bytes, header + 4) != ShtGnuVerneed)
            {
                continue;
            }
            var offset = checked((int)BitConverter.ToUInt64(bytes, header + 24));
            var link = BitConverter.ToUInt32(bytes, header + 40);
            var count = BitConverter.ToUInt32(bytes, header + 44);
            var strings = checked((int)BitConverter.ToUInt64(bytes, checked((int)(sectionTable + (long)link * sectionSize)) + 24));

            var need = offset;
            for (var n = 0; n < count; n++)
            {
                int auxCount = BitConverter.ToUInt16(bytes, need + 2);
                var aux = need + (int)BitConverter.ToUInt32(bytes, need + 8);
                for (var a = 0; a < auxCount; a++)
                {
                    var flags = BitConverter.ToUInt16(bytes, aux + 4);
                    var name = ReadString(bytes, strings + (int)BitConverter.ToUInt32(bytes, aux + 8));
                    if (name == versionName)
                    {
                        if ((flags & VerFlagWeak) != 0)
                        {
                            return "already weak";
                        }
                        var patched = (ushort)(flags | VerFlagWeak);
                        bytes[aux + 4] = (byte)(patched & 0xff);
                        bytes[aux + 5] = (byte)(patched >> 8);
                        // Two bytes written in place: the file keeps its size, mode and owner.
                        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write))
                        {
                            stream.Position = aux + 4;
                            stream.Write(bytes, aux + 4, 2);
                        }
                        return "marked weak";
                    }
                    aux += (int)BitConverter.ToUInt32(bytes, aux + 12);
                }
                need += (int)BitConverter.ToUInt32(bytes, need + 12);
            }
        }
        return "no such version requirement";
    }

    private static string ReadString(byte[] bytes, int start)
    {
        var end = Array.IndexOf(bytes, (byte)0, start);
        return Encoding.ASCII.GetString(bytes, start, end - start);
    }
}
