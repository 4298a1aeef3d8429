# More host calls in one run than the host allows.
import host
for i in range(20000):
    host.echo(i)
