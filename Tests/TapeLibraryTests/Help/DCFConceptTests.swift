import Testing
import TapeLibrary

/// Issue 19: the DCF and overreaction pages teach as lessons 7 and 8 do, on free cash flow with
/// a CAPM discount rate and the cash and debt, not on net income at a rate set by fiat.
struct DCFConceptTests {
  @Test(arguments: ["discounted cash flow", "overreaction"])
  func valuesFreeCashFlowAtTheCAPMRate(_ topic: String) throws {
    let entry = try #require(HelpIndex.standard.entry(named: topic))
    let inputs = entry.examples.map(\.input)
    #expect(inputs.contains { $0.contains("capm(treasury_yields.dgs10") }, "`help \(topic)`: no CAPM rate")
    #expect(inputs.contains { $0.contains("total_debt") }, "`help \(topic)`: no debt")
    #expect(inputs.contains { $0.contains("cash_equivalents_and_marketable_securities") }, "`help \(topic)`: no cash")
    // No flow discounted at a round 10%, no net income as the cash flow.
    #expect(!inputs.contains { $0.contains(", 10%,") || $0.contains("net_income") }, "`help \(topic)`: \(inputs)")
  }
}
