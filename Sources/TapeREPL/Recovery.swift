#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import TapeCore
import TapeNotebook

/// `tape --recover`: lists the REPL journals, and restores one as a notebook with its outputs.
public enum Recovery {
  public static func journalDirectory(environment: [String: String]) -> String? {
    HistoryFile.standardPath(environment: environment).map { PathComponents.folder(of: $0) + "/journals" }
  }

  /// Lists journals when `pick` is nil; otherwise restores journal number `pick` (1 = newest)
  /// to `destination` and returns the exit code.
  public static func run(
    pick: Int?, destination: String?, environment: [String: String], output: (String) -> Void,
    errors: (String) -> Void
  ) -> Int32 {
    guard let directory = journalDirectory(environment: environment) else {
      errors("error: neither XDG_STATE_HOME nor HOME is set, so there is no journal folder\n")
      return 1
    }
    let journals = Journal.list(in: directory)
    guard let pick else {
      guard !journals.isEmpty else {
        output("no journals in \(directory)\n")
        return 0
      }
      output("journals in \(directory), newest first:\n")
      for (index, journal) in journals.prefix(20).enumerated() {
        // The last entry was typed or pasted, and can hold control characters.
        let last = journal.lastEntry.map { "; last: \($0.escapingControlCharacters)" } ?? ""
        output("  \(index + 1)  \(journal.name)  (\(journal.entries) entries\(last))\n")
      }
      output("restore one with `tape --recover --pick N [--to FILE]`\n")
      return 0
    }
    guard journals.indices.contains(pick - 1) else {
      errors("error: there is no journal \(pick); `tape --recover` lists \(journals.count)\n")
      return 1
    }
    let journal = journals[pick - 1]
    guard case .success(let session) = NotebookFiles.readDamaged(journal.path) else {
      errors("error: cannot read \(journal.path)\n")
      return 1
    }
    let target = destination ?? freeName(stem: "recovered")
    // Inputs only: replaying here could rerun the very entry that hung or crashed the session.
    var restored = session
    restored.blocks.insert(contentsOf: [.prose("Recovered from the journal \(journal.name)."), .prose("")], at: 0)
    if let problem = AtomicWrite.write(SessionPrinter.printed(restored), to: target) {
      errors("error: \(problem)\n")
      return 1
    }
    output(
      "restored \(session.entries.count) entries from \(journal.name) to \(target)\n"
        + "its outputs are not recorded yet: `tape run --update \(target)` replays it and records them\n")
    return 0
  }

  /// `recovered.session`, or `recovered-2.session` and so on: never overwrite a file.
  static func freeName(stem: String) -> String {
    let name = "\(stem).session"
    guard FileManager.default.fileExists(atPath: name) else { return name }
    var number = 2
    while FileManager.default.fileExists(atPath: "\(stem)-\(number).session") { number += 1 }
    return "\(stem)-\(number).session"
  }
}
