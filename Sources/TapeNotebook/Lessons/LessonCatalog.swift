/// The lessons built into Tape (`sessions/lessons/NN-topic.session`, embedded by `make data`),
/// numbered by the `NN` of their file names.
public enum LessonCatalog {
  public struct Entry: Sendable {
    public var number: Int
    /// `sessions/lessons/01-market-cap.session`.
    public var path: String
    public var lesson: Lesson
    /// The file name, which names the lesson's outputs and errors.
    public var fileName: String { String(path.split(separator: "/").last ?? Substring(path)) }
  }

  /// Every embedded lesson that reads as one, in order. `LessonCatalogTests` checks that none is
  /// dropped for failing to parse.
  public static let all: [Entry] = EmbeddedLessons.files.compactMap { file in
    let name = String(file.path.split(separator: "/").last ?? Substring(file.path))
    guard let number = Int(name.prefix { $0.isNumber }),
      let session = try? SessionParser.parse(file.text, file: name),
      let lesson = try? Lesson(session, file: name)
    else { return nil }
    return Entry(number: number, path: file.path, lesson: lesson)
  }

  public static func lesson(number: Int) -> Entry? { all.first { $0.number == number } }

  /// The embedded files, for tests comparing them with `sessions/lessons/`.
  public static var embeddedFiles: [(path: String, text: String)] { EmbeddedLessons.files }
}
