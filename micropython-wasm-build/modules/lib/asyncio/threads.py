"""asyncio.to_thread: the sandbox has no threads, so the function runs in the calling
task, blocking the event loop while it runs."""

__all__ = ("to_thread",)

from . import events


async def to_thread(func, *args, **kwargs):
    """Run func(*args, **kwargs) and return its result (inline: there are no threads)."""
    events.get_running_loop()
    return func(*args, **kwargs)
