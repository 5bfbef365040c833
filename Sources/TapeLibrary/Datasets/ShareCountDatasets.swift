import TapeCore

/// Cover-page shares outstanding, dated: the rows of `fundamentals/shares_outstanding.csv` and
/// NVIDIA's two cover counts in `fundamentals/nvda.csv`. `share_counts` shows them; `market_cap`
/// and `loss` pick the count for a date, sum share classes and say when the only
/// count is dated after the date (look-ahead).
enum ShareCountDatasets {
  static let path = "fundamentals/shares_outstanding.csv"

  /// One count from one filing's cover: a company's only class, or one of its classes.
  struct Count: Sendable {
    /// `AAPL`, `GOOGL`.
    let ticker: String
    /// `A`, `B`, `C` for a class of several; nil for a company with one class.
    let shareClass: String?
    let shares: Quantity
    let asOf: TapeDate
    /// The filing whose cover gives it, as the file writes it.
    let filing: String
  }

  /// A company's shares on one as-of date: every class counted that day, with their sum.
  struct Total: Sendable {
    let ticker: String
    let asOf: TapeDate
    let classes: [Count]
    /// The classes' sum, citing each class and, for several, the addition.
    let shares: Quantity
  }

  /// `GOOGL_CLASS_A` is `GOOGL` class `A`; `GOOGL_TOTAL`, a sum the file derives, is left out:
  /// Tape adds the classes itself and shows the addition.
  static let fileCounts: [Count] = {
    let file = CSVDocument.embedded(path)
    return file.records.compactMap { row -> Count? in
      let name = row["ticker"] ?? ""
      guard !name.hasSuffix("_TOTAL") else { return nil }
      let parts = name.split(separator: "_", maxSplits: 1)
      let ticker = String(parts[0])
      let shareClass = parts.count > 1 ? String(parts[1].split(separator: "_").last ?? "") : nil
      let asOf = DatasetParsing.date(row["as_of"] ?? "", in: path)
      let filing = row["filing"] ?? ""
      let unit = row["unit"] ?? ""
      let classText = shareClass.map { " class \($0)" } ?? ""
      let citation = Citation(
        key: "\(path):\(name):\(asOf.iso)",
        what: "\(ticker)\(classText) shares outstanding as of \(asOf.iso), cover of \(filing): \(row["shares"] ?? "") \(unit)",
        documents: SourceDocuments.documents(row["source_id"] ?? ""), note: DatasetParsing.sentence(row["note"] ?? ""))
      let shares = DatasetParsing.quantity(row["shares"] ?? "", unit: unit, in: path, provenance: Provenance(citation))
      return Count(ticker: ticker, shareClass: shareClass, shares: shares, asOf: asOf, filing: filing)
    }
  }()

  /// NVIDIA's cover counts, from `nvda.csv` (`nvda_fundamentals`), with the filings they are on.
  static let nvdaCounts: [Count] = FundamentalsDatasets.figures.filter { $0.metric == "shares_outstanding" }.map {
    figure in
    let filing =
      figure.sourceCell == "SEC_10K_FY25_R" ? "10-K FY2025 filed 2025-02-26 (accn 0001045810-25-000023)"
      : "10-Q Q3 FY2025 filed 2024-11-20"
    return Count(ticker: "NVDA", shareClass: nil, shares: figure.quantity, asOf: figure.periodEnd, filing: filing)
  }

  static let counts: [Count] = (nvdaCounts + fileCounts).sorted { ($0.ticker, $0.asOf) < ($1.ticker, $1.asOf) }

  /// The tickers with a count, in the order of the price datasets, written out so that declaring
  /// the dataset parses nothing (`ShareCountTests` checks them against the files).
  static let tickers = ["NVDA", "AVGO", "MSFT", "GOOGL", "META", "AMZN", "AAPL"]

  /// Every as-of date of `ticker`, oldest first, with the classes counted that day summed.
  static func totals(_ ticker: String) -> [Total] {
    var totals: [Total] = []
    for count in counts where count.ticker == ticker {
      if let last = totals.last, last.asOf == count.asOf {
        totals[totals.count - 1] = total(ticker, count.asOf, last.classes + [count])
      } else {
        totals.append(total(ticker, count.asOf, [count]))
      }
    }
    return totals
  }

  static func total(_ ticker: String, _ asOf: TapeDate, _ classes: [Count]) -> Total {
    guard classes.count > 1 else { return Total(ticker: ticker, asOf: asOf, classes: classes, shares: classes[0].shares) }
    let sum = classes.reduce(0) { $0 + $1.shares.value }
    let terms = classes.map { "\(Value.quantity($0.shares).display) class \($0.shareClass ?? "?")" }
    let derivation = Citation(
      key: "\(path):\(ticker):sum:\(asOf.iso)",
      what: """
        \(ticker) shares outstanding as of \(asOf.iso), every class added: \(terms.joined(separator: " + ")) \
        = \(Value.quantity(Quantity(sum, classes[0].shares.unit)).display)
        """,
      documents: classes.flatMap(\.shares.provenance.citations).flatMap(\.documents).uniqued(),
      note: """
        Market value counts every class of common stock at the price of the listed class in the data \
        (\(ticker)); classes that trade under another ticker or not at all are valued at that price too.
        """)
    let provenance = classes.reduce(Provenance(derivation)) { $0.union($1.shares.provenance) }
    return Total(
      ticker: ticker, asOf: asOf, classes: classes, shares: Quantity(sum, classes[0].shares.unit, provenance: provenance))
  }

  /// The count of `ticker` for `date`: the latest dated on or before it, or else the earliest
  /// after it, whose provenance then says that it is a look-ahead. Nil when there is none.
  static func shares(_ ticker: String, on date: TapeDate) -> Quantity? {
    let totals = totals(ticker)
    if let before = totals.last(where: { $0.asOf <= date }) { return filedLater(before, than: date) }
    guard let after = totals.first else { return nil }
    let filings = after.classes.map(\.filing).uniqued().joined(separator: "; ")
    let lookAhead = Citation(
      key: "\(path):\(ticker):look-ahead:\(date.iso)",
      what: """
        Look-ahead: \(ticker)'s shares outstanding for \(date.iso) are the count as of \(after.asOf.iso) \
        (\(filings)), dated after \(date.iso)
        """,
      documents: after.shares.provenance.citations.flatMap(\.documents).uniqued(),
      note: """
        The data has no count of \(ticker)'s shares dated on or before \(date.iso), so the next one is used; \
        give a count yourself as the third argument to use another.
        """)
    var shares = after.shares
    shares.provenance = shares.provenance.union(Provenance(lookAhead))
    return shares
  }

  /// The filing date in a `filing` cell (`10-Q Q1 FY2025 filed 2025-01-31 (accn …)`), if it gives one.
  static func filingDate(_ filing: String) -> TapeDate? {
    let marker = Array("filed ")
    let characters = Array(filing)
    guard characters.count >= marker.count,
      let start = (0...(characters.count - marker.count)).first(where: {
        Array(characters[$0..<$0 + marker.count]) == marker
      })
    else { return nil }
    let text = String(characters[(start + marker.count)...].prefix(10))
    let parts = text.split(separator: "-")
    guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
      return nil
    }
    return TapeDate(year: year, month: month, day: day)
  }

  /// `total`'s shares, noting when a count dated on or before `date` was filed after it: the count
  /// describes that day but the market could not read it yet.
  static func filedLater(_ total: Total, than date: TapeDate) -> Quantity {
    guard let filed = total.classes.compactMap({ filingDate($0.filing) }).max(), filed > date else {
      return total.shares
    }
    let note = Citation(
      key: "\(path):\(total.ticker):filed-later:\(date.iso)",
      what: """
        \(total.ticker)'s count as of \(total.asOf.iso), used for \(date.iso), was filed on \(filed.iso), after \
        \(date.iso)
        """,
      documents: total.shares.provenance.citations.flatMap(\.documents).uniqued(),
      note: "The count describes a day before \(date.iso), but the filing that gives it was not public until \(filed.iso).")
    var shares = total.shares
    shares.provenance = shares.provenance.union(Provenance(note))
    return shares
  }

  /// NVIDIA's table has always carried one count as `nvda.shares` (the 10-K cover's 24.4B, as of
  /// 2025-02-21), and `market_cap(nvda, date)` keeps using it; for a date before its as-of date
  /// the result says so, and names the latest count on or before the date and how to use it.
  static func attributeShares(_ shares: Quantity, of ticker: String, on date: TapeDate) -> Quantity {
    guard let count = counts.last(where: { $0.ticker == ticker && $0.shares.value == shares.value }),
      count.asOf > date
    else { return shares }
    let earlier = counts.last { $0.ticker == ticker && $0.asOf <= date }
    let alternative =
      earlier.map { earlier in
        "The latest count on or before \(date.iso) is \(Value.quantity(earlier.shares).display) as of "
          + "\(earlier.asOf.iso) (\(earlier.filing)); give it as the third argument to use it"
          + (ticker == "NVDA" ? " (`nvda_fundamentals.q3_fy2025.shares_outstanding`)." : ".")
      } ?? "The data has no count dated on or before \(date.iso)."
    let lookAhead = Citation(
      key: "\(path):\(ticker):look-ahead:\(date.iso)",
      what: """
        Look-ahead: \(ticker)'s shares outstanding for \(date.iso) are `\(ticker.lowercased()).shares`, the count as of \
        \(count.asOf.iso) (\(count.filing)), dated after \(date.iso)
        """,
      documents: shares.provenance.citations.flatMap(\.documents).uniqued(), note: alternative)
    var annotated = shares
    annotated.provenance = shares.provenance.union(Provenance(lookAhead))
    return annotated
  }

  /// `share_counts`: a record by company (`aapl`), each a list of its counts, oldest first.
  static let all: Value = {
    let companies = tickers
    return .record(
      Record(
        names: companies.map { $0.lowercased() },
        values: companies.map { ticker in
          .list(
            counts.filter { $0.ticker == ticker }.map { count in
              .record(
                Record(
                  names: ["as_of", "shares", "share_class", "filing"],
                  values: [
                    .date(count.asOf), .quantity(count.shares), .string(count.shareClass ?? "all"),
                    .string(count.filing),
                  ]))
            })
        }))
  }()
}

extension Array where Element: Hashable {
  /// The elements in order, each once.
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
