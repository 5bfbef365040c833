import Foundation
import Testing

/// man/tape.1 is written by `make man` (ArgumentParser's generate-manual plugin) from the
/// command's own help. The plugin cannot run inside a test, so this reads the same help
/// (`tape --experimental-dump-help`, what the plugin reads) and checks the page says all of it:
/// every command, option and argument with its help, and no option the command no longer has.
struct ManualPageTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let stale = "man/tape.1 is stale: run `make man`"

  struct Command {
    var name: String
    var abstract: String
    var discussion: String
    var options: [(names: [String], abstract: String)]
    var subcommands: [Command]

    init(_ json: [String: Any]) {
      name = json["commandName"] as? String ?? ""
      abstract = json["abstract"] as? String ?? ""
      discussion = json["discussion"] as? String ?? ""
      let arguments = (json["arguments"] as? [[String: Any]] ?? []).filter { $0["shouldDisplay"] as? Bool ?? true }
      options = arguments.map { argument in
        let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { name -> String? in
          guard let text = name["name"] as? String else { return nil }
          return (name["kind"] as? String == "short" ? "-" : "--") + text
        }
        return (names, argument["abstract"] as? String ?? "")
      }
      subcommands = (json["subcommands"] as? [[String: Any]] ?? []).map(Command.init)
    }

    var all: [Command] { [self] + subcommands.flatMap(\.all) }
  }

  func help() throws -> Command {
    let run = try TapeCommandTests().tape(["--experimental-dump-help"])
    #expect(run.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    return Command(try #require(json["command"] as? [String: Any]))
  }

  func page() throws -> String {
    try String(contentsOf: Self.repository.appendingPathComponent("man/tape.1"), encoding: .utf8)
  }

  @Test func pageHasEveryCommandOptionAndHelpText() throws {
    let page = try page()
    let lines = Set(page.split(separator: "\n").map(String.init))
    for command in try help().all {
      // Each check is a Bool first, so a failure prints its message, not the whole page.
      let listed = command.name == "tape" || lines.contains(".It Em \(command.name)")
      #expect(listed, "\(Self.stale): no `\(command.name)`")
      let hasAbstract = lines.contains(command.abstract) || page.contains("\"\(command.abstract)\"")
      #expect(hasAbstract, "\(Self.stale): \(command.abstract)")
      for line in command.discussion.split(separator: "\n") {
        let hasLine = lines.contains(String(line))
        #expect(hasLine, "\(Self.stale): discussion of `\(command.name)`: \(line)")
      }
      for option in command.options {
        for name in option.names where name.hasPrefix("--") {
          // `.It Fl -json`, or after a short name: `.It Fl o , -output Ar output`.
          let word = "-\(name.dropFirst(2))"
          let hasName = page.contains("Fl \(word)") || page.contains(" , \(word)")
          #expect(hasName, "\(Self.stale): no \(name) in `\(command.name)`")
        }
        let hasAbstract = option.abstract.isEmpty || lines.contains(option.abstract)
        #expect(hasAbstract, "\(Self.stale): \(option.abstract)")
      }
    }
  }

  @Test func pageNamesNoOptionTheCommandLacks() throws {
    let known = Set(try help().all.flatMap { $0.options.flatMap(\.names) })
    let page = try page()
    for line in page.split(separator: "\n") where line.hasPrefix(".It Fl ") {
      // `.It Fl e , -expression Ar expression...`: each `Fl` word is a name.
      let words = line.split(separator: " ").map(String.init)
      for (index, word) in words.enumerated() where (word == "Fl" || word == ",") && index + 1 < words.count {
        let name = "-" + words[index + 1]
        let isKnown = known.contains(name)
        #expect(isKnown, "\(Self.stale): the page lists \(name), which tape no longer has")
      }
    }
  }

  @Test func pageIsValidMdocWithoutBlankLines() throws {
    let page = try page()
    #expect(page.hasPrefix(".\\\" Generated from the help of tape by swift-argument-parser: `make man` rewrites it"))
    #expect(page.contains(".Dt TAPE 1"))
    #expect(!page.contains("\n\n"), "a blank line is not mdoc: `make man` turns them into .Pp")
    #expect(page.contains(".Op Ar subcommand"), "plain `tape` starts a session: the subcommand is optional")
  }
}
