"""The exceptions of requests, as its 2.31 release defines them (without multiple bases).

RequestException is an OSError (IOError) with .request and .response. A request the sandbox's
network policy refused raises ConnectionError whose args[0] is a PermissionError naming the
origin and why (no connection was made). A timeout raises ReadTimeout, a response over the
policy's byte cap RequestException, too many redirects TooManyRedirects.

MicroPython allows one built-in base per class, so the classes requests derives from two
(ConnectTimeout, JSONDecodeError, InvalidJSONError, MissingSchema, InvalidSchema, InvalidURL,
InvalidHeader, ...) keep only the first: ConnectTimeout is a Timeout, not also a
ConnectionError; JSONDecodeError is a ValueError (what json raises), not a RequestException.
"""


class RequestException(OSError):
    """There was an ambiguous exception that occurred while handling your request."""

    def __init__(self, *args, **kwargs):
        response = kwargs.pop("response", None)
        self.response = response
        self.request = kwargs.pop("request", None)
        if response is not None and not self.request and hasattr(response, "request"):
            self.request = self.response.request
        super().__init__(*args)


class HTTPError(RequestException):
    """An HTTP error occurred."""


class ConnectionError(RequestException):
    """A Connection error occurred (or the network policy refused the request)."""


class ProxyError(ConnectionError):
    """A proxy error occurred."""


class SSLError(ConnectionError):
    """An SSL error occurred."""


class Timeout(RequestException):
    """The request timed out."""


class ConnectTimeout(Timeout):
    """The request timed out while trying to connect to the remote server."""


class ReadTimeout(Timeout):
    """The server did not send any data in the allotted amount of time."""


class URLRequired(RequestException):
    """A valid URL is required to make a request."""


class TooManyRedirects(RequestException):
    """Too many redirects."""


class MissingSchema(RequestException):
    """The URL scheme (e.g. http or https) is missing."""


class InvalidSchema(RequestException):
    """The URL scheme provided is either invalid or unsupported."""


class InvalidURL(RequestException):
    """The URL provided was somehow invalid."""


class InvalidHeader(RequestException):
    """The header value provided was somehow invalid."""


class InvalidJSONError(RequestException):
    """A JSON error occurred."""


class JSONDecodeError(ValueError):
    """Couldn't decode the text into json."""


class ChunkedEncodingError(RequestException):
    """The server declared chunked encoding but sent an invalid chunk."""


class ContentDecodingError(RequestException):
    """Failed to decode response content."""


class StreamConsumedError(RequestException):
    """The content for this response was already consumed."""


class RetryError(RequestException):
    """Custom retries logic failed."""
