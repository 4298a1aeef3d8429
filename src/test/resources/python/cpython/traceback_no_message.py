# A message-less exception prints only its type; a class's own __str__ gives the message.
class Custom(Exception):
    def __str__(self):
        return "custom text"


try:
    raise Custom("ignored arg")
except Custom as e:
    print(type(e).__name__ + ":", e)
try:
    raise Custom("first")
except Custom:
    raise TypeError
