extension HelpIndex {
  /// The lines the tour invites a newcomer to try, with what Tape shows for each. Tests run them.
  public static let tourExamples: [HelpEntry.Example] = [
    .init("$118.42/share * 24.49B shares", yields: "$2.900T"),
    .init("(118.42 - 142.62) / 142.62 in %", yields: "-16.97%"),
    .init("$100 * (1 + 10%)", yields: "$110.00"),
    .init("€5 * 1.04 USD/EUR", yields: "$5.20"),
    .init("2025-01-27 + 1 week", yields: "2025-02-03"),
    .init("nvda.close[2025-01-27]", yields: "$118.42/share"),
    .init("market_value_change(nvda, 2025-01-27) / gdp.portugal in %", yields: "-206.44%"),
  ]

  /// What `help` alone prints: what Tape is, lines to try, how to ask about a topic, and every
  /// topic by kind. No trailing newline.
  public var tour: String {
    var sections: [String] = []
    sections.append(
      HelpText.wrapped(
        """
        Tape is a calculator in which money, shares, prices per share, percentages, durations and \
        dates are typed quantities. Units travel with the numbers, so `$5 + 3 shares` is an error, \
        not a wrong answer.
        """))
    sections.append("Try:\n" + HelpText.transcript(Self.tourExamples))
    sections.append(
      HelpText.wrapped(
        """
        Type `help TOPIC` for more on any topic below, as in `help round`, `help percent` or \
        `help nvda`; for a word that is not a topic, `help` lists the topics that mention it. \
        `why x` shows how `x` was computed and cites the source of every figure behind it. \
        New to valuation? Run `tape lesson` in your shell: eight short lessons, from market cap \
        to a reverse DCF, with exercises Tape checks.
        """))
    let kinds = HelpEntry.Kind.allCases.filter { kind in entries.contains { $0.kind == kind } }
    let labelWidth = (kinds.map(\.plural.count).max() ?? 0) + 2
    sections.append(
      kinds.map { kind in HelpText.list(kind.plural + ":", entries(of: kind).map(\.name), labelWidth: labelWidth) }
        .joined(separator: "\n"))
    return sections.joined(separator: "\n\n")
  }
}
