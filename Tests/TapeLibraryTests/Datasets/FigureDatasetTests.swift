import TapeCore
import TapeLibrary
import Testing

/// Every row of the figure files is in its dataset with the value and unit the file gives, read
/// independently of the library.
struct FigureDatasetTests {
  /// How each unit of the data files must come out: the power of ten the written number is
  /// multiplied by, and the Tape unit (`""` for a plain number or a percentage).
  static let expectedUnits: [String: (exponent: Int, unit: String)] = [
    "USD": (0, "USD"), "USD_million": (6, "USD"), "USD_billion": (9, "USD"), "USD_trillion": (12, "USD"),
    "USD_million_approx": (6, "USD"), "USD_billion_approx": (9, "USD"), "USD_trillion_approx": (12, "USD"),
    "USD_million_upper_bound": (6, "USD"), "USD_million_lower_bound": (6, "USD"),
    "USD_billion_upper_bound": (9, "USD"), "USD_billion_lower_bound": (9, "USD"),
    "USD_per_share": (0, "USD/share"), "USD_per_month": (0, "USD"), "million_shares": (6, "share"),
    "billion_shares": (9, "share"), "percent": (-2, ""), "percent_of_GDP_lower_bound": (-2, ""),
    "billion_parameters": (9, ""), "trillion_tokens": (12, "token"), "H800_GPU_hours": (0, "GPU*hour"),
    "USD_per_GPU_hour": (0, "USD/(GPU*hour)"), "H800_GPUs": (0, "GPU"), "H800_GPUs_approx": (0, "GPU"),
    "GPUs": (0, "GPU"), "USD_per_1M_tokens": (0, "USD/Mtoken"), "million_views": (6, ""), "months": (0, ""),
    "days": (0, "day"), "weeks": (0, "week"), "times": (0, ""), "ratio (one-twentieth)": (0, ""),
    "fraction (one third)": (0, ""), "fraction (nearly a quarter)": (0, ""),
  ]

  static func unitText(_ unit: Unit) -> String { unit.isNone ? "" : unit.described }

  /// `quantity` is `written` in the file's `unit`.
  static func check(_ value: Value?, written: String, unit: String, _ what: String) {
    guard case .quantity(let quantity) = value else {
      Issue.record("\(what) is not a quantity")
      return
    }
    guard let expected = expectedUnits[unit] else {
      Issue.record("\(what): the test does not know the unit `\(unit)`")
      return
    }
    let value = DataFiles.scaled(written, by: expected.exponent)
    #expect(DatasetSession.same(quantity.value, value), "\(what): \(quantity.value), file says \(written) \(unit)")
    #expect(unitText(quantity.unit) == expected.unit, "\(what): unit \(unitText(quantity.unit))")
  }

  static func snakeCase(_ text: String) -> String {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "_")
  }

  // MARK: NVIDIA fundamentals

  /// Figures dated at no fiscal period's end, and where they belong: the filing that reports them.
  static let coverPageFigures: [String: String] = [
    "shares_outstanding@2025-02-21": "fy2025", "public_float@2024-07-26": "fy2025",
    "shares_outstanding@2024-11-15": "q3_fy2025",
  ]

  @Test func everyFundamentalsRowIsInItsPeriod() throws {
    let periods = try DatasetSession.record("nvda_fundamentals")
    let rows = try DataFiles.rows("fundamentals/nvda.csv")
    #expect(rows.count == 57)
    var placed = 0
    for row in rows where row["period"] != "record date" {
      let (metric, period, end) = (row["metric"]!, row["period"]!, row["period_end"]!)
      let home: String
      if let cover = Self.coverPageFigures["\(metric)@\(end)"] {
        home = cover
      } else if period.hasPrefix("FY") || period.hasPrefix("Q") {
        home =
          period.hasPrefix("Q")
          ? Self.snakeCase(String(period.prefix(2)) + " " + period.dropFirst(2)) : period.lowercased()
      } else {
        // Dated at a period's end: the fiscal year ending then, else the quarter.
        let ends = periods.names.compactMap { name -> (String, TapeDate)? in
          guard case .record(let record)? = periods[name], case .date(let date)? = record["period_end"] else {
            return nil
          }
          return (name, date)
        }
        let matching = ends.filter { $0.1.iso == end }.map(\.0)
        home = try #require(matching.first { $0.hasPrefix("fy") } ?? matching.first, "\(metric) at \(end)")
      }
      guard case .record(let record)? = periods[home] else {
        Issue.record("nvda_fundamentals has no period `\(home)` for \(metric)")
        continue
      }
      Self.check(record[metric], written: row["value"]!, unit: row["unit"]!, "nvda_fundamentals.\(home).\(metric)")
      placed += 1
    }
    #expect(placed == 55)
  }

  @Test func periodsEndWhereTheFileSays() throws {
    let periods = try DatasetSession.record("nvda_fundamentals")
    for row in try DataFiles.rows("fundamentals/nvda.csv") where row["period"]!.hasPrefix("FY") {
      guard case .record(let record)? = periods[row["period"]!.lowercased()],
        case .date(let end)? = record["period_end"]
      else {
        Issue.record("no period \(row["period"]!)")
        continue
      }
      #expect(end.iso == row["period_end"]!)
    }
    #expect(
      periods.names == [
        "fy2025", "q4_fy2025", "q3_fy2025", "fy2024", "q4_fy2024", "q3_fy2024", "fy2023", "fy2022", "dividends",
      ])
  }

  @Test func dividendsAreListedByRecordDate() throws {
    guard case .list(let dividends)? = try DatasetSession.record("nvda_fundamentals")["dividends"] else {
      Issue.record("no dividends list")
      return
    }
    let rows = try DataFiles.rows("fundamentals/nvda.csv").filter { $0["period"] == "record date" }
    #expect(dividends.count == rows.count)
    for (row, dividend) in zip(rows, dividends) {
      guard case .record(let record) = dividend, case .date(let date)? = record["record_date"] else {
        Issue.record("dividend is not {record_date, amount}")
        continue
      }
      #expect(date.iso == row["period_end"]!)
      Self.check(record["amount"], written: row["value"]!, unit: row["unit"]!, "dividend \(date.iso)")
    }
  }

  @Test func nvdaAttributesAreFiscal2025() throws {
    let attributes = try #require(try DatasetSession.table("nvda").attributes)
    let rows = try DataFiles.rows("fundamentals/nvda.csv")
    for row in rows where row["period"] == "FY2025" {
      Self.check(attributes[row["metric"]!], written: row["value"]!, unit: row["unit"]!, "nvda.\(row["metric"]!)")
    }
    let equity = try #require(rows.first { $0["metric"] == "shareholders_equity" && $0["period_end"] == "2025-01-26" })
    Self.check(attributes["book_value"], written: equity["value"]!, unit: equity["unit"]!, "nvda.book_value")
    let shares = try #require(rows.first { $0["metric"] == "shares_outstanding" && $0["period_end"] == "2025-02-21" })
    Self.check(attributes["shares"], written: shares["value"]!, unit: shares["unit"]!, "nvda.shares")
    guard case .date(let end)? = attributes["fiscal_year_end"] else {
      Issue.record("nvda.fiscal_year_end is not a date")
      return
    }
    #expect(end.iso == "2025-01-26")
  }

  // MARK: GDP

  @Test func everyGDPRowIsInItsYearAndTheLatestYearIsGDP() throws {
    let rows = try DataFiles.rows("macro/gdp.csv")
    #expect(rows.count == 48)
    let latest = try DatasetSession.record("gdp")
    for row in rows {
      let name = Self.snakeCase(row["country"]!)
      let year = try DatasetSession.record("gdp_\(row["year"]!)")
      Self.check(year[name], written: row["gdp_current_usd"]!, unit: "USD", "gdp_\(row["year"]!).\(name)")
      if row["year"] == "2023" {
        Self.check(latest[name], written: row["gdp_current_usd"]!, unit: "USD", "gdp.\(name)")
      }
    }
    #expect(latest.names.count == 24)
    #expect(latest.names.contains("new_zealand") && latest.names.contains("portugal") && latest.names.contains("world"))
  }

  // MARK: Events and market-value moves

  @Test func everyEventIsARecordOfItsRow() throws {
    let events = try DatasetSession.list("events")
    let rows = try DataFiles.rows("events.csv")
    #expect(events.count == rows.count)
    for (event, row) in zip(events, rows) {
      guard case .record(let record) = event, case .date(let date)? = record["date"],
        case .string(let text)? = record["event"], case .string(let sources)? = record["sources"]
      else {
        Issue.record("an event is not {date, event, sources}")
        continue
      }
      #expect(date.iso == row["date"]!)
      #expect(text == row["event"]!)
      #expect(sources == row["source_id"]!.split(separator: ";").joined(separator: ", "))
    }
  }

  @Test func quotedFieldsWithCommasAreWhole() throws {
    let events = try DatasetSession.list("events")
    guard case .record(let record)? = events.last, case .string(let text)? = record["event"] else {
      Issue.record("no last event")
      return
    }
    #expect(text == "NVIDIA reports Q4 and fiscal 2025: Q4 revenue $39.3B, FY revenue $130.5B; 10-K filed the same day")
  }

  @Test func everyMarketValueMoveIsARecordOfItsRow() throws {
    let moves = try DatasetSession.list("market_cap_moves")
    let rows = try DataFiles.rows("market_cap_moves.csv")
    #expect(moves.count == rows.count)
    for (move, row) in zip(moves, rows) {
      guard case .record(let record) = move, case .date(let date)? = record["date"],
        case .string(let company)? = record["company"], case .string(let ticker)? = record["ticker"]
      else {
        Issue.record("a move is not {date, company, ticker, ...}")
        continue
      }
      #expect(date.iso == row["date"]! && company == row["company"]! && ticker == row["ticker"]!)
      Self.check(
        record["market_value_change"], written: row["market_value_change_usd_billion"]!, unit: "USD_billion",
        "\(ticker) \(date.iso) market_value_change")
      if row["price_change_percent"]!.isEmpty {
        #expect(record["price_change"] == nil, "\(ticker) \(date.iso): the file gives no price change")
      } else {
        Self.check(
          record["price_change"], written: row["price_change_percent"]!, unit: "percent", "\(ticker) price_change")
      }
    }
  }

  // MARK: AI costs and seed figures

  @Test func everyAICostRowIsAField() throws {
    let record = try DatasetSession.record("ai_costs")
    let rows = try DataFiles.rows("ai_costs.csv")
    #expect(record.names == rows.map { $0["item"]! })
    for row in rows {
      Self.check(record[row["item"]!], written: row["value"]!, unit: row["unit"]!, "ai_costs.\(row["item"]!)")
    }
  }

  @Test func everySeedFigureRowIsAField() throws {
    let record = try DatasetSession.record("seed_figures")
    let rows = try DataFiles.rows("seed_figures.csv")
    #expect(rows.count == 68)
    #expect(record.names == rows.map { $0["figure"]! })
    for row in rows {
      let name = "seed_figures.\(row["figure"]!)"
      switch row["unit"]! {
      case "date":
        guard case .date(let date)? = record[row["figure"]!] else {
          Issue.record("\(name) is not a date")
          continue
        }
        #expect(date.iso == row["value"]!)
      case "year-month":
        guard case .string(let text)? = record[row["figure"]!] else {
          Issue.record("\(name) is not a string")
          continue
        }
        #expect(text == row["value"]!)
      default:
        Self.check(record[row["figure"]!], written: row["value"]!, unit: row["unit"]!, name)
      }
    }
  }

  @Test func percentagesShowAsPercentages() throws {
    #expect(try DatasetSession.value("seed_figures.nvda_drop").display == "16.90%")
    #expect(try DatasetSession.value("seed_figures.mag7_share_of_sp500").display == "33.33%")
    #expect(try DatasetSession.value("nvda_fundamentals.q4_fy2025.gross_margin").display == "73.00%")
  }

  // MARK: Teaching

  @Test func everyVegaRowIsAPointOfItsSymbolsSeries() throws {
    let record = try DatasetSession.record("vega_stocks")
    let rows = try DataFiles.rows("teaching/vega_stocks_monthly.csv")
    #expect(record.names == ["msft", "amzn", "ibm", "goog", "aapl"])
    for symbol in record.names {
      guard case .series(let series)? = record[symbol] else {
        Issue.record("vega_stocks.\(symbol) is not a series")
        continue
      }
      let mine = rows.filter { $0["symbol"]!.lowercased() == symbol }
      #expect(series.days.map(Int.init) == mine.map { DataFiles.days($0["date"]!) }, "\(symbol) dates")
      #expect(Array(series.values) == mine.map { Double($0["price_usd"]!)! }, "\(symbol) prices")
      #expect(series.unit.described == "USD/share")
    }
  }
}
