/// A linear map from a data interval (dates or values) onto a row or column of pixels.
///
/// Pixels are the renderer's finest unit: braille dots in the unicode style (2 per cell across,
/// 4 per cell down), whole character cells in the ASCII style. `lower` maps to pixel 0 and `upper`
/// to the last pixel. A degenerate interval (`lower == upper`: one date, or a flat line) maps
/// every value into the middle cell, so a lone point or a flat line sits in the middle of the plot.
struct ChartScale: Equatable {
  var lower: Double
  var upper: Double
  /// Cells along this axis.
  var cells: Int
  /// Pixels per cell along this axis.
  var pixelsPerCell: Int

  var pixelCount: Int { cells * pixelsPerCell }
  var isDegenerate: Bool { !(upper > lower) }
  /// The cell that holds everything when the interval is degenerate, and the middle tick's cell.
  var middleCell: Int { (cells - 1) / 2 }

  /// The pixel for `value`, clamped into `0..<pixelCount`.
  func pixel(_ value: Double) -> Int {
    if isDegenerate { return middleCell * pixelsPerCell + (pixelsPerCell - 1) / 2 }
    let position = (value - lower) / (upper - lower) * Double(pixelCount - 1)
    guard position.isFinite else { return 0 }
    return Swift.min(Swift.max(Int(position.rounded()), 0), pixelCount - 1)
  }

  /// The cell holding `value`'s pixel.
  func cell(_ value: Double) -> Int { pixel(value) / pixelsPerCell }

  /// The value at the centre of `cell`: what a tick label beside that cell should say.
  func value(atCell cell: Int) -> Double {
    if isDegenerate || pixelCount < 2 { return lower }
    let centre = Double(cell * pixelsPerCell) + Double(pixelsPerCell - 1) / 2
    return lower + centre / Double(pixelCount - 1) * (upper - lower)
  }

  /// Whether `value` lies on the axis (markers outside the dates drawn are only listed).
  func contains(_ value: Double) -> Bool { lower <= value && value <= upper }
}
