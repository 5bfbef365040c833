#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import TapeCore
import TapeLibrary
import TapeNotebook

/// `tape serve`: one session for another program (the Jupyter kernel in jupyter/, an editor):
/// one JSON request a line on standard input, one JSON reply a line on standard output, in
/// order, until standard input ends. docs/jupyter.md describes the protocol.
///
///     {"id": 1, "op": "execute", "code": "x = $5B"}
///     {"id":1,"ok":true,"count":1,"outputs":[{"kind":"binding","text":"x = $5B"}]}
///
/// Entries run as typed at the prompt would, with `help` answered, except that REPL commands
/// (`:save`, `:load`, `quit`) are shown failing, as in a notebook: the program in front owns
/// files and the session's life. Outputs carry their text as Tape shows it, a table's HTML and a
/// chart's SVG.
public struct JSONLinesSession {
  public private(set) var interpreter = Interpreter.standard()
  /// How many `execute` requests ran; the next entry is `<input:N+1>`.
  public private(set) var executionCount = 0
  let runner = EntryRunner(commands: .none, help: .standard)
  let refusingRunner = EntryRunner(commands: .refused)

  public init() {}

  /// A request. `id` is any JSON number or string, handed back in the reply.
  struct Request: Decodable {
    var id: RequestID?
    var op: String
    var code: String?
    /// Where the cursor is in `code`, in Unicode scalars (Jupyter's `cursor_pos`); the end of
    /// `code` when absent.
    var cursor: Int?
  }

  enum RequestID: Codable, Equatable {
    case number(Double)
    case string(String)

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Double.self) {
        self = .number(number)
      } else {
        self = .string(try container.decode(String.self))
      }
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .number(let number) where number == number.rounded() && abs(number) < 1e15: try container.encode(Int(number))
      case .number(let number): try container.encode(number)
      case .string(let text): try container.encode(text)
      }
    }
  }

  /// A reply: `ok`, and the fields of the request's operation.
  struct Reply: Encodable {
    var id: RequestID?
    var ok: Bool
    /// Why a request could not be carried out (not an error in Tape code, which is an output).
    var error: String?
    // execute
    var count: Int?
    var interrupted: Bool?
    var outputs: [Output]?
    // complete
    var matches: [String]?
    var cursorStart: Int?
    var cursorEnd: Int?
    // inspect
    var found: Bool?
    var text: String?
    // version
    var version: String?
    var data: String?

    enum CodingKeys: String, CodingKey {
      case id, ok, error, count, interrupted, outputs, matches, found, text, version, data
      case cursorStart = "cursor_start"
      case cursorEnd = "cursor_end"
    }
  }

  /// One thing an entry printed.
  struct Output: Encodable, Equatable {
    /// `value`, `binding`, `declaration`, `report`, `figure`, `error` or `help`.
    var kind: String
    /// As Tape shows it, without the final newline.
    var text: String
    /// An error's message, without its location.
    var message: String?
    /// A table or a series as an HTML table.
    var html: String?
    /// A chart as SVG.
    var svg: String?
  }

  /// The reply to one request line, as one line of JSON (no newline).
  public mutating func reply(to line: String) -> String {
    let request: Request
    do {
      request = try JSONDecoder().decode(Request.self, from: Data(line.utf8))
    } catch {
      return Self.encoded(Reply(id: nil, ok: false, error: "not a request: expected one JSON object a line, as {\"op\": \"execute\", \"code\": \"1 + 1\"}"))
    }
    var reply: Reply
    switch request.op {
    case "execute": reply = execute(request.code ?? "")
    case "complete": reply = complete(request.code ?? "", cursor: request.cursor)
    case "inspect": reply = inspect(request.code ?? "", cursor: request.cursor)
    case "version": reply = Reply(ok: true, version: TapeVersion.current, data: TapeVersion.dataVintage(DatasetRegistry.catalog))
    default: reply = Reply(ok: false, error: "unknown op `\(request.op)`: expected execute, complete, inspect or version")
    }
    reply.id = request.id
    return Self.encoded(reply)
  }

  /// Runs `code` as the next entry.
  mutating func execute(_ code: String) -> Reply {
    executionCount += 1
    _ = Interrupt.consume()
    let runner = REPLCommandLine.command(in: code).map { $0 == "help" ? self.runner : refusingRunner } ?? self.runner
    var outputs: [Output] = []
    var lastValue: Value? = nil
    var lastFigure: Figure? = nil
    let status = runner.run(
      code, name: "<input:\(executionCount)>", in: &interpreter,
      onOutcome: { outcome in
        (lastValue, lastFigure) = (nil, nil)
        switch outcome {
        case .value(.figure(let figure), _): lastFigure = figure
        case .value(let value, _), .binding(_, let value, _): lastValue = value
        case .declaration, .report, .error: break
        }
      },
      output: { output in
        var shown = Output(kind: Self.name(of: output.kind), text: output.line)
        switch output.kind {
        case .error: shown.message = Self.message(in: output.line)
        case .figure: shown.svg = lastFigure.map(\.svg).flatMap { $0.isEmpty ? nil : $0 }
        case .value, .binding: shown.html = lastValue.flatMap(TableHTML.html)
        case .declaration, .report, .help: break
        }
        (lastValue, lastFigure) = (nil, nil)
        outputs.append(shown)
      })
    return Reply(ok: !status.failed, count: executionCount, interrupted: status.interrupted, outputs: outputs)
  }

  static func name(of kind: EntryRunner.Output.Kind) -> String {
    switch kind {
    case .value: "value"
    case .binding: "binding"
    case .declaration: "declaration"
    case .report: "report"
    case .figure: "figure"
    case .error: "error"
    case .help: "help"
    }
  }

  /// `<input:3>:1:4: error: cannot add ...` -> `cannot add ...`.
  static func message(in rendered: String) -> String {
    let header = rendered.prefix { $0 != "\n" }
    guard let marker = header.firstRange(of: "error: ") else { return String(header) }
    return String(header[marker.upperBound...])
  }

  static func encoded(_ reply: Reply) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(reply) else {
      preconditionFailure("a reply holds only strings, numbers and booleans, which always encode")
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// Serves requests from `input` until it ends, writing each reply and a newline to `output`.
  /// Ctrl-C (SIGINT, which the Jupyter kernel forwards on an interrupt) stops the entry running;
  /// the session goes on.
  public static func serve(input: Int32 = 0, output: Int32 = 1) -> Int32 {
    InterruptSignal.install()
    var session = JSONLinesSession()
    var lines = StandardInputLines(fileDescriptor: input)
    while let line = lines.next() {
      if line.allSatisfy(\.isWhitespace) { continue }
      Terminal.write(session.reply(to: line) + "\n", to: output)
    }
    return 0
  }
}
