// micropython4j: qstrs used by the port that the scanner cannot find on its own.
