import Foundation

/// A TextMate grammar run the way an editor runs one, line by line, with as much of the format
/// as Tape's grammars (editors/vscode/syntaxes) use: `match` rules with `name` and `captures`,
/// `begin` rules whose `end` is `$` (with `beginCaptures`, `contentName` and `patterns`), and
/// `include` of a repository rule or of another grammar by scope name. Anything else throws, so
/// a grammar cannot quietly use what this does not check.
///
/// At each position every rule is tried; the one matching earliest wins, the first listed on a
/// tie, as in TextMate. NSRegularExpression (ICU) stands in for Oniguruma: the grammars keep to
/// what both read alike (classes, `\p{L}`, `\b`, fixed-length look-behind).
/// Unchecked: NSRegularExpression is immutable and safe to share between threads, but is not
/// marked Sendable.
struct TextMateGrammar: @unchecked Sendable {
  struct Unsupported: Error, CustomStringConvertible {
    var description: String
  }

  indirect enum Rule {
    case match(NSRegularExpression, name: String?, captures: [Int: String])
    /// `begin` ... `end: "$"`: the rest of the line, read with `patterns`.
    case restOfLine(begin: NSRegularExpression, captures: [Int: String], contentName: String?, patterns: [Rule])

    var regex: NSRegularExpression {
      switch self {
      case .match(let regex, _, _), .restOfLine(let regex, _, _, _): regex
      }
    }
  }

  let scopeName: String
  let patterns: [Rule]
  /// Every scope name the grammar can give.
  let scopeNames: Set<String>

  /// `others` are the grammars it may include by scope name.
  init(contentsOf url: URL, including others: [TextMateGrammar] = []) throws {
    guard let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
      let scopeName = json["scopeName"] as? String
    else { throw Unsupported(description: "\(url.lastPathComponent) is not a grammar") }
    self.scopeName = scopeName
    let repository = json["repository"] as? [String: Any] ?? [:]
    var names = Set<String>()
    func captures(_ value: Any?) throws -> [Int: String] {
      var result: [Int: String] = [:]
      for (key, capture) in value as? [String: [String: Any]] ?? [:] {
        guard let index = Int(key) else { throw Unsupported(description: "capture \(key)") }
        guard capture.keys.allSatisfy({ $0 == "name" }), let name = capture["name"] as? String else {
          throw Unsupported(description: "capture \(key) with \(capture.keys.sorted())")
        }
        names.insert(name)
        result[index] = name
      }
      return result
    }
    func rules(_ list: Any?) throws -> [Rule] {
      var result: [Rule] = []
      for case let rule as [String: Any] in list as? [Any] ?? [] {
        let known: Set<String> = ["match", "name", "captures", "begin", "end", "beginCaptures", "contentName", "patterns", "include", "comment"]
        if let extra = Set(rule.keys).subtracting(known).first { throw Unsupported(description: "key \(extra)") }
        if let include = rule["include"] as? String {
          if include.hasPrefix("#") {
            guard let target = repository[String(include.dropFirst())] else { throw Unsupported(description: "no \(include)") }
            result += try rules([target])
          } else if let other = others.first(where: { $0.scopeName == include }) {
            result += other.patterns
            names.formUnion(other.scopeNames)
          } else {
            throw Unsupported(description: "include \(include)")
          }
        } else if let match = rule["match"] as? String {
          let name = rule["name"] as? String
          if let name { names.insert(name) }
          result.append(.match(try NSRegularExpression(pattern: match), name: name, captures: try captures(rule["captures"])))
        } else if let begin = rule["begin"] as? String {
          guard rule["end"] as? String == "$", rule["name"] == nil else { throw Unsupported(description: "begin/end other than to `$`") }
          let contentName = rule["contentName"] as? String
          if let contentName { names.insert(contentName) }
          result.append(
            .restOfLine(
              begin: try NSRegularExpression(pattern: begin), captures: try captures(rule["beginCaptures"]),
              contentName: contentName, patterns: try rules(rule["patterns"])))
        } else if let nested = rule["patterns"] {
          result += try rules(nested)
        } else {
          throw Unsupported(description: "rule \(rule.keys.sorted())")
        }
      }
      return result
    }
    patterns = try rules(json["patterns"])
    scopeNames = names
  }

  /// The scopes of each UTF-16 unit of `line`, outermost first.
  func scopes(of line: String) -> [[String]] {
    let text = line as NSString
    var scopes = Array(repeating: [String](), count: text.length)
    func add(_ name: String?, _ range: NSRange) {
      guard let name, range.location != NSNotFound else { return }
      for index in range.location..<(range.location + range.length) { scopes[index].append(name) }
    }
    func scan(from start: Int, rules: [Rule]) {
      var position = start
      while position < text.length {
        var best: (match: NSTextCheckingResult, rule: Rule)?
        for rule in rules {
          let range = NSRange(location: position, length: text.length - position)
          guard
            let match = rule.regex.firstMatch(
              in: line, options: [.withTransparentBounds, .withoutAnchoringBounds], range: range)
          else { continue }
          if best == nil || match.range.location < best!.match.range.location { best = (match, rule) }
        }
        guard let (match, rule) = best else { return }
        switch rule {
        case .match(_, let name, let captures):
          add(name, match.range)
          for (index, name) in captures.sorted(by: { $0.key < $1.key }) where index < match.numberOfRanges {
            add(name, match.range(at: index))
          }
        case .restOfLine(_, let captures, let contentName, let patterns):
          for (index, name) in captures.sorted(by: { $0.key < $1.key }) where index < match.numberOfRanges {
            add(name, match.range(at: index))
          }
          let contentStart = match.range.location + match.range.length
          add(contentName, NSRange(location: contentStart, length: text.length - contentStart))
          scan(from: contentStart, rules: patterns)
          return
        }
        // A rule matching nothing moves on a unit, so no line is read forever.
        position = match.range.location + max(match.range.length, 1)
      }
    }
    scan(from: 0, rules: patterns)
    return scopes
  }
}
