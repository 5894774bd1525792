using System.Globalization;
using System.Text;

namespace Smoke.Bench;

/// <summary>
/// A pre-encoded batch of identical commands (SET with the value and its TTL, or GET) whose keys
/// are changed in place between sends by rewriting their digits: sending a batch copies nothing
/// and allocates nothing, whatever the value size.
/// </summary>
internal sealed class CommandBatch
{
    private readonly byte[] bytes;
    private readonly int[] keyOffsets;
    private readonly KeyNames keys;

    private readonly int commandLength;

    private CommandBatch(byte[] bytes, int[] keyOffsets, KeyNames keys)
    {
        this.bytes = bytes;
        commandLength = bytes.Length / keyOffsets.Length;
        this.keyOffsets = keyOffsets;
        this.keys = keys;
    }

    public int Count => keyOffsets.Length;

    public ReadOnlyMemory<byte> Bytes => bytes;

    /// <summary>The first <paramref name="count"/> commands, ready to send.</summary>
    public ReadOnlySpan<byte> Prefix(int count) => bytes.AsSpan(0, count * commandLength);

    public static CommandBatch Create(Operation operation, KeyNames keys, int count, int valueSize, TimeSpan timeToLive)
    {
        var keyPlaceholder = keys.Key(0);
        var head = operation switch
        {
            Operation.Set => $"*5\r\n$3\r\nSET\r\n${keys.KeyLength}\r\n",
            Operation.Get => $"*2\r\n$3\r\nGET\r\n${keys.KeyLength}\r\n",
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
        var ttl = ((long)timeToLive.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var tail = operation == Operation.Set
            ? $"\r\n${valueSize}\r\n{new string('v', valueSize)}\r\n$2\r\nEX\r\n${ttl.Length}\r\n{ttl}\r\n"
            : "\r\n";
        var one = Encoding.ASCII.GetBytes(head + keyPlaceholder + tail);
        var bytes = new byte[one.Length * count];
        var offsets = new int[count];
        for (var i = 0; i < count; i++)
        {
            one.CopyTo(bytes, i * one.Length);
            offsets[i] = (i * one.Length) + head.Length + keys.Prefix.Length;
        }

        return new CommandBatch(bytes, offsets, keys);
    }

    public void SetKey(int command, int keyNumber) =>
        keys.WriteDigits(bytes.AsSpan(keyOffsets[command], keys.Digits), keyNumber);
}
