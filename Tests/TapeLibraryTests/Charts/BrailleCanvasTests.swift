import Testing
@testable import TapeLibrary

struct BrailleCanvasTests {
  @Test func eachDotRaisesItsOwnBit() {
    // Left column top to bottom is dots 1, 2, 3, 7; right column dots 4, 5, 6, 8.
    let expected: [(x: Int, y: Int, character: Character)] = [
      (0, 0, "⠁"), (0, 1, "⠂"), (0, 2, "⠄"), (0, 3, "⡀"),
      (1, 0, "⠈"), (1, 1, "⠐"), (1, 2, "⠠"), (1, 3, "⢀"),
    ]
    for dot in expected {
      var canvas = BrailleCanvas(columns: 1, rows: 1)
      canvas.plot(x: dot.x, y: dot.y)
      #expect(canvas.character(column: 0, row: 0) == dot.character)
    }
  }

  @Test func allDotsMakeTheFullCellAndNoDotsMakeNothing() {
    var canvas = BrailleCanvas(columns: 2, rows: 1)
    for x in 0..<2 { for y in 0..<4 { canvas.plot(x: x, y: y) } }
    #expect(canvas.character(column: 0, row: 0) == "⣿")
    #expect(canvas.character(column: 1, row: 0) == nil)
    #expect(canvas.rowStrings == ["⣿\u{2800}"])
  }

  @Test func pixelsOutsideTheCanvasAreIgnored() {
    var canvas = BrailleCanvas(columns: 1, rows: 1)
    canvas.plot(x: -1, y: 0)
    canvas.plot(x: 2, y: 0)
    canvas.plot(x: 0, y: 4)
    #expect(canvas.character(column: 0, row: 0) == nil)
    #expect(canvas.character(column: 5, row: 5) == nil)
  }

  @Test func horizontalLineAcrossTwoCells() {
    var canvas = BrailleCanvas(columns: 2, rows: 1)
    var step = 0
    canvas.drawLine(from: .init(x: 0, y: 3), to: .init(x: 3, y: 3), stroke: .solid, step: &step)
    #expect(canvas.rowStrings == ["⣀⣀"])
    #expect(step == 4)
  }

  @Test func strokesSkipPixelsAlongTheLine() {
    let dashed = (0..<8).map { BrailleCanvas.Stroke.dashed.draws(step: $0) }
    #expect(dashed == [true, true, false, false, true, true, false, false])
    #expect((0..<4).map { BrailleCanvas.Stroke.dotted.draws(step: $0) } == [true, false, true, false])
    #expect(BrailleCanvas.Stroke.forSeries(at: 3) == .solid)
  }
}

struct BresenhamLineTests {
  func points(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) -> [[Int]] {
    BresenhamLine(start: .init(x: x0, y: y0), end: .init(x: x1, y: y1)).map { [$0.x, $0.y] }
  }

  @Test func shallowLineStepsAlongX() {
    #expect(points(0, 0, 3, 1) == [[0, 0], [1, 0], [2, 1], [3, 1]])
    #expect(points(3, 1, 0, 0) == [[3, 1], [2, 1], [1, 0], [0, 0]])
  }

  @Test func steepLineStepsAlongY() {
    #expect(points(0, 0, 1, 3) == [[0, 0], [0, 1], [1, 2], [1, 3]])
  }

  @Test func straightAndDegenerateLines() {
    #expect(points(2, 5, 2, 2) == [[2, 5], [2, 4], [2, 3], [2, 2]])
    #expect(points(4, 4, 4, 4) == [[4, 4]])
  }
}
