import TapeCore

/// Records of single figures, one field per row of the file: `ai_costs` from `ai_costs.csv`
/// and `seed_figures` from `seed_figures.csv`.
enum FigureDatasets {
  static let aiCostsPath = "ai_costs.csv"
  static let seedFiguresPath = "seed_figures.csv"

  /// What SOURCES.md says about a figure beyond the file's note, by item name.
  static let aiCostDiscrepancies: [String: String] = [
    "deepseek_v3_cost_total": """
    Seeds say "about $6M" on "about 2,000 H800 GPUs", and seed 003 attributes it to R1; the report gives \
    $5.576M for V3's final training run only, at an assumed $2 per GPU hour, on a 2,048-GPU H800 cluster, \
    excluding prior research and ablations.
    """,
    "deepseek_v3_cluster_size": "Seeds say about 2,000 H800 GPUs.",
    "deepseek_reasoner_output": "A third-party page (piapi.ai, not used) gives $2.20.",
  ]

  /// `ai_costs`: `{deepseek_v3_total_params: 671B, ..., deepseek_v3_cost_total: $5.576M, ...}`.
  static let aiCosts: Value = {
    let file = CSVDocument.embedded(aiCostsPath)
    var names: [String] = []
    var values: [Value] = []
    for row in file.records {
      let item = row["item"] ?? ""
      let unit = row["unit"] ?? ""
      let asOf = row["as_of"]?.trimmedSpaces ?? ""
      var notes: [String] = []
      if let note = row["note"]?.trimmedSpaces, !note.isEmpty {
        notes.append("File note: " + DatasetParsing.sentence(note))
      }
      if let qualifier = SourceUnit(unit)?.qualifier { notes.append(qualifier) }
      if let discrepancy = aiCostDiscrepancies[item] { notes.append(discrepancy) }
      let citation = Citation(
        key: "\(aiCostsPath):\(item)",
        what: "\(item)\(asOf.isEmpty ? " (undated)" : ", as of \(asOf)"): \(row["value"] ?? "") \(unit)",
        documents: SourceDocuments.documents(row["source_id"] ?? ""),
        note: notes.isEmpty ? nil : notes.joined(separator: " "))
      names.append(item)
      values.append(
        .quantity(
          DatasetParsing.quantity(row["value"] ?? "", unit: unit, in: aiCostsPath, provenance: Provenance(citation))))
    }
    return .record(Record(names: names, values: values))
  }()

  /// `seed_figures`: every figure stated in the seed documents, `{nvda_close_monday: $118.58/share, ...}`;
  /// the quote it was taken from is the note of its citation. A `date` is a date and a
  /// `year-month` a string (`"2023-11"`): neither can carry the citation.
  /// Where a seed figure's label misleads, what SOURCES.md ("discrepancies" 1 and 6) says it is,
  /// so that `why` carries it wherever the figure is read.
  static let seedDiscrepancies: [String: String] = [
    "nvda_revenue_2022": """
      Not calendar or fiscal 2022: $26.9B is NVIDIA's fiscal 2023 revenue (year ended 2023-01-29, $26,974M); \
      fiscal 2022's was $26,914M (`nvda_fundamentals.fy2023.revenue`, `nvda_fundamentals.fy2022.revenue`).
      """,
    "nvda_revenue_2023": """
      Not calendar 2023: $60.9B is NVIDIA's fiscal 2024 revenue (year ended 2024-01-28, $60,922M; \
      `nvda_fundamentals.fy2024.revenue`).
      """,
    "nvda_close_monday": """
      The exchange's close on 2025-01-27 was $118.42 (`nvda.close[2025-01-27]`; Yahoo Finance data and \
      LBKRS_589); $118.58 is seed 001's and SWISH_11858's figure.
      """,
    "nvda_shares_in_circulation": """
      No filing gives 24.68B: the 10-K cover gives 24.4B (as of 2025-02-21), the 10-Q cover 24.49B (as of \
      2024-11-15); `share_counts.nvda`.
      """,
  ]

  static let seedFigures: Value = {
    let file = CSVDocument.embedded(seedFiguresPath)
    var names: [String] = []
    var values: [Value] = []
    for row in file.records {
      let figure = row["figure"] ?? ""
      let unit = row["unit"] ?? ""
      let value = row["value"] ?? ""
      let asOf = row["as_of"]?.trimmedSpaces ?? ""
      let seed = row["seed_file"] ?? ""
      var note = "Quote: \"\(row["quote"] ?? "")\""
      if let qualifier = SourceUnit(unit)?.qualifier { note += " " + qualifier }
      if let discrepancy = seedDiscrepancies[figure] { note += " " + discrepancy }
      let citation = Citation(
        key: "\(seedFiguresPath):\(figure)",
        what: "\(figure) stated in seed \(seed)\(asOf.isEmpty ? "" : ", as of \(asOf)"): \(value) \(unit)",
        documents: SourceDocuments.documents(seed), note: note)
      names.append(figure)
      switch unit {
      case "date": values.append(.date(DatasetParsing.date(value, in: seedFiguresPath)))
      case "year-month": values.append(.string(value))
      default:
        values.append(
          .quantity(DatasetParsing.quantity(value, unit: unit, in: seedFiguresPath, provenance: Provenance(citation))))
      }
    }
    return .record(Record(names: names, values: values))
  }()
}
