using System.Text;

namespace Research.Notebooks.Running;

/// <summary>A console writer that sends what the cell prints to the running cell's sink as one stream.</summary>
internal sealed class SinkWriter(Func<CellSink?> sink, string stream) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => sink()?.Write(stream, value.ToString());

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            sink()?.Write(stream, value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
}
