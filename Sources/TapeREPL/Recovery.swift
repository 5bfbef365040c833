#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
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
      errors("error: neither XDG_STATE_HOME nor HOME is set as an absolute path, so there is no journal folder\n")
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
    // Inputs only: replaying here could rerun the very entry that hung or crashed the session.
    var restored = session
    restored.blocks.insert(contentsOf: [.prose("Recovered from the journal \(journal.name)."), .prose("")], at: 0)
    let text = SessionPrinter.printed(restored)
    let written: Result<String, RestoreFailure> =
      destination.map { restore(text, to: $0, pick: pick) } ?? restoreToFreeName(text, stem: "recovered")
    switch written {
    case .success(let target):
      output(
        "restored \(session.entries.count) entries from \(journal.name) to \(target)\n"
          + "its outputs are not recorded yet: `tape run --update \(target)` replays it and records them\n")
      return 0
    case .failure(let failure):
      errors(failure.message)
      return 1
    }
  }

  struct RestoreFailure: Error {
    var message: String
  }

  /// Writes to `destination` unless something already has that name; the check and the write
  /// are one step (see `AtomicWrite.create`), so a file that appears meanwhile is safe too.
  static func restore(_ text: String, to destination: String, pick: Int) -> Result<String, RestoreFailure> {
    switch AtomicWrite.create(text, at: destination) {
    case nil: return .success(destination)
    case .alreadyExists:
      return .failure(
        RestoreFailure(
          message: "error: \(destination) already exists, and `--recover` never writes over a file\n"
            + "  = help: it is left as it is; restore to a new name, as in "
            + "`tape --recover --pick \(pick) --to \(suggestedName(besides: destination))`\n"))
    case .failed(let problem): return .failure(RestoreFailure(message: "error: \(problem)\n"))
    }
  }

  /// Writes to `recovered.session`, or `recovered-2.session` and so on: the first name not taken.
  static func restoreToFreeName(_ text: String, stem: String) -> Result<String, RestoreFailure> {
    let path = "\(stem).session"
    // A bound, so that a file system that reports every name as taken cannot loop forever.
    for number in 1...maximumNumberedNames {
      let candidate = number == 1 ? path : numbered(path, number)
      switch AtomicWrite.create(text, at: candidate) {
      case nil: return .success(candidate)
      case .alreadyExists: continue
      case .failed(let problem): return .failure(RestoreFailure(message: "error: \(problem)\n"))
      }
    }
    return .failure(
      RestoreFailure(
        message: "error: \(path) and \(maximumNumberedNames - 1) numbered names after it are all taken\n"
          + "  = help: name the notebook with `--to FILE`\n"))
  }

  static let maximumNumberedNames = 10_000

  /// A name beside `path` that is free now, for a suggestion (by the time the user types it, it
  /// may be taken; the restore then refuses again).
  static func suggestedName(besides path: String) -> String {
    var number = 2
    var status = stat()
    // lstat: a broken link takes its name too.
    while lstat(numbered(path, number), &status) == 0 { number += 1 }
    return numbered(path, number)
  }

  /// `notes/important.txt`, 2 -> `notes/important-2.txt`; the number goes before the extension.
  static func numbered(_ path: String, _ number: Int) -> String {
    let name = PathComponents.lastComponent(of: path)
    let folder = String(path.dropLast(name.count))
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "\(folder)\(name)-\(number)" }
    return "\(folder)\(name[..<dot])-\(number)\(name[dot...])"
  }
}
