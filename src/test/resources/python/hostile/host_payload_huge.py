# A host call whose arguments are far beyond the host's payload limit.
import host
host.echo("x" * (256 * 1024))
