using System.Runtime.InteropServices;

namespace Smoke.Cli;

/// <summary>
/// Ctrl+C (SIGINT) for the real process: the first one cancels <see cref="Token"/> (the command
/// stops, cleans up without reporting the cleanup, and exits 130); a second one ends the process
/// at once, after the last-resort actions registered with <see cref="OnForcedExit"/> (stop the
/// local servers, end the SSM sessions).
/// </summary>
public sealed class ConsoleInterrupt : IDisposable
{
    private static readonly Lock Gate = new();
    private static readonly List<Action> LastResorts = [];

    private readonly CancellationTokenSource _first = new();
    private readonly PosixSignalRegistration _registration;

    public ConsoleInterrupt() => _registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);

    public CancellationToken Token => _first.Token;

    /// <summary>Runs <paramref name="action"/> if a second Ctrl+C ends the process before the registration is disposed.</summary>
    public static IDisposable OnForcedExit(Action action)
    {
        lock (Gate)
        {
            LastResorts.Add(action);
        }

        return new Registration(action);
    }

    /// <summary>
    /// Runs <paramref name="action"/> if the process is ended at once, by one of <paramref name="signals"/>
    /// or by a second Ctrl+C, before the returned registration is disposed. The action must be safe
    /// to run more than once and from a signal handler.
    /// </summary>
    public static IDisposable OnProcessEnd(Action action, params PosixSignal[] signals)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(signals);
        return new Registrations([.. signals.Select(s => PosixSignalRegistration.Create(s, _ => action())), OnForcedExit(action)]);
    }

    public void Dispose()
    {
        _registration.Dispose();
        _first.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (!_first.IsCancellationRequested)
        {
            context.Cancel = true;
            _first.Cancel();
            return;
        }

        Action[] actions;
        lock (Gate)
        {
            actions = [.. LastResorts];
        }

        foreach (var action in actions)
        {
            action();
        }
    }

    private sealed class Registrations(IReadOnlyList<IDisposable> registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }

    private sealed class Registration(Action action) : IDisposable
    {
        public void Dispose()
        {
            lock (Gate)
            {
                LastResorts.Remove(action);
            }
        }
    }
}
