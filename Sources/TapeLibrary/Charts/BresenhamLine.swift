/// The pixels of a straight line between two pixels, by Bresenham's integer algorithm: every
/// step moves one pixel along the longer axis, so the line has no gaps and no doubled pixels.
///
/// Both ends are included; from a pixel to itself the line is that one pixel.
struct BresenhamLine: Sequence {
  /// A pixel position; `y` grows downwards, as rows do on a terminal.
  struct Point: Equatable {
    var x: Int
    var y: Int
  }

  var start: Point
  var end: Point

  func makeIterator() -> Iterator { Iterator(line: self) }

  struct Iterator: IteratorProtocol {
    private var current: Point
    private let end: Point
    private let deltaX: Int
    private let deltaY: Int
    private let stepX: Int
    private let stepY: Int
    private var error: Int
    private var isFinished = false

    init(line: BresenhamLine) {
      current = line.start
      end = line.end
      deltaX = Swift.abs(line.end.x - line.start.x)
      deltaY = -Swift.abs(line.end.y - line.start.y)
      stepX = line.start.x < line.end.x ? 1 : -1
      stepY = line.start.y < line.end.y ? 1 : -1
      error = deltaX + deltaY
    }

    mutating func next() -> Point? {
      guard !isFinished else { return nil }
      let point = current
      if current == end {
        isFinished = true
        return point
      }
      let doubled = 2 * error
      if doubled >= deltaY {
        error += deltaY
        current.x += stepX
      }
      if doubled <= deltaX {
        error += deltaX
        current.y += stepY
      }
      return point
    }
  }
}
