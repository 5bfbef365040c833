/// Help for the ideas of valuation a student meets first: what `help market cap`, `help p/e`,
/// `help discounted cash flow` and the rest explain. Each entry says what the idea means, its
/// formula, a worked example on NVIDIA before and after 27 January 2025 (the built-in `nvda`,
/// `nvda_fundamentals` and `gdp_2023` data, or assumptions the example states), and a common
/// mistake. Topics are several words (`market cap`); the functions of the same ideas (`market_cap`,
/// `pe`, `cagr`, `dcf`) keep their own entries. Every example is run by `HelpExampleTests`.
enum ValuationHelp {
  static let entries: [HelpEntry] = [
    marketCap, priceToEarnings, bookValue, growthRate, discountedCashFlow, percentVsPoints,
    discountRate, terminalValue, overreaction,
  ]

  static let marketCap = HelpEntry(
    name: "market cap", kind: .concept, aliases: ["market capitalisation", "market capitalization"],
    summary: "Market capitalisation: what the market pays for the whole company, price times shares.",
    explanation: """
      A company's market cap is the price of one share times the number of shares that exist. It \
      is what buying every share at today's price would cost: the market's price for the whole \
      company's equity, not a measure of its sales, profit or size.

      Formula: market cap = share price * shares outstanding. A price in USD/share times a count \
      in shares gives USD. `market_cap(nvda, date)` takes the close on that date and NVIDIA's \
      latest cover count dated on or before it (24.49B as of 2024-11-15, from the 10-Q, until the \
      10-K's 24.4B as of 2025-02-21); `market_value_change(nvda, date)` (also `loss`) is the \
      change from the trading day before, negative for a fall, positive for a rise.

      On Friday 24 January 2025 NVIDIA closed at $142.62, on Monday 27 January at $118.42: the \
      market cap fell from about $3.49T to $2.90T, a loss of about $593B in one day on the 10-Q's \
      24.49B shares (reports of the day said $589B, on a smaller count).

      Common mistake: multiplying by the wrong count of shares. Market cap uses shares \
      outstanding, not the day's trading volume (shares that changed hands, 0.82B on 27 \
      January) and not the float (the shares the public holds, which the 10-K states as a dollar \
      value). Use one share count on both days when you compare two dates.
      """,
    examples: [
      .init("market_cap(nvda, 2025-01-24)", yields: "$3.493T"),
      .init("market_cap(nvda, 2025-01-27)", yields: "$2.900T"),
      .init("nvda.close[2025-01-27] * nvda.shares", yields: "$2.889T"),
      .init("market_value_change(nvda, 2025-01-27)", yields: "-$592.7B"),
      .init("nvda.volume[2025-01-27]", yields: "818.8M shares"),
    ],
    seeAlso: ["market_cap", "market_value_change", "nvda", "overreaction"])

  static let priceToEarnings = HelpEntry(
    name: "price to earnings", kind: .concept, aliases: ["p/e", "pe ratio", "price-to-earnings"],
    summary: "The P/E ratio: how many dollars investors pay for one dollar of a year's earnings.",
    explanation: """
      The price-to-earnings ratio compares what a share costs with what the company earned for \
      it over a year. A P/E of 40 means the price is 40 years of the current earnings: the \
      market expects those earnings to grow, or is willing to wait. Its inverse, the earnings \
      yield, is the same idea as a percentage (`earnings_yield`).

      Formula: P/E = price per share / earnings per share (EPS), or equally market cap / net \
      income. Both per-share figures are USD/share, so the ratio is a plain number.

      Convention: EPS divides by the year's weighted-average shares, basic or diluted (IAS 33, \
      ASC 260), and a trailing P/E uses the twelve months of EPS known on the price date (CFA \
      curriculum, "Market-Based Valuation"). On 27 January 2025 NVIDIA's last report was its \
      third quarter: its twelve months to then give $2.54 diluted (`ttm`), a trailing P/E of \
      56.1 on 24 January and 46.6 after the fall. Fiscal 2025's $2.94 (published 26 February) \
      gives 48.5 and 40.3: hindsight, not what the market saw.

      Common mistake: an EPS of a different period. A P/E is quoted on a year's earnings; the \
      fourth quarter alone ($0.89) makes NVIDIA look more than three times as expensive. Check \
      too that price and EPS are in the same currency and both split-adjusted.
      """,
    examples: [
      .init("eps_ttm = ttm(nvda_fundamentals.q4_fy2024.eps_diluted, nvda.eps_diluted, nvda_fundamentals.q4_fy2025.eps_diluted)", yields: "eps_ttm = $2.54/share"),
      .init("pe(nvda.close[2025-01-24], eps_ttm)", yields: "56.1496"),
      .init("pe(nvda.close[2025-01-27], eps_ttm)", yields: "46.622"),
      .init("pe(nvda.close[2025-01-27], nvda.eps_diluted)", yields: "40.2789"),
      .init("market_cap(nvda, 2025-01-27) / nvda_fundamentals.fy2025.net_income", yields: "39.7929"),
      .init("pe(nvda.close[2025-01-27], nvda_fundamentals.q4_fy2025.eps_diluted)", yields: "133.056"),
    ],
    seeAlso: ["pe", "eps", "forward_pe", "earnings_yield", "market cap"])

  static let bookValue = HelpEntry(
    name: "book value", kind: .concept, aliases: ["shareholders equity", "price to book"],
    summary: "Book value: what the balance sheet says the owners have, assets minus liabilities.",
    explanation: """
      Book value is the shareholders' equity on the balance sheet: everything the company owns \
      minus everything it owes, at accounting values. It is what the accounts say belongs to the \
      owners, not what the market pays for it. Price-to-book compares the two.

      Formulas: book value = total assets - total liabilities; book value per share = book value \
      / shares outstanding; P/B = price / book value per share = market cap / book value.

      NVIDIA's equity at 26 January 2025 was $79.3B, about $3.25 a share. Even after the fall of \
      27 January the market paid about 36 times that: most of what investors buy is future \
      earnings from chips, software and know-how that the balance sheet does not record.

      Common mistake: taking total assets ($111.6B) for book value, or reading a high P/B as \
      overpricing on its own. Book value leaves out most intangible assets, so a P/B far above 1 \
      is normal for a company whose value is in what it will earn.
      """,
    examples: [
      .init("nvda.book_value", yields: "$79.30B"),
      .init("book_value_per_share(nvda.book_value, nvda.shares)", yields: "$3.25/share"),
      .init("market_cap(nvda, 2025-01-27) / nvda.book_value", yields: "36.5713"),
      .init("nvda_fundamentals.fy2025.total_assets", yields: "$111.6B"),
    ],
    seeAlso: ["book_value_per_share", "pb", "nvda_fundamentals", "price to earnings"])

  static let growthRate = HelpEntry(
    name: "growth rate", kind: .concept, aliases: ["compound growth", "compound annual growth"],
    summary: "Compound growth: the steady yearly rate that turns a start value into an end value.",
    explanation: """
      A compound annual growth rate (CAGR) is the single yearly rate that, applied every year, \
      takes a figure from where it started to where it ended. Each year grows on top of the \
      last, so the yearly rate is far smaller than the total change divided by the years.

      Formula: CAGR = (end / start)^(1 / years) - 1. `cagr(start, end, years)` takes `years` as a \
      duration (`3 years`).

      NVIDIA's revenue went from $26.91B in fiscal 2022 to $130.5B in fiscal 2025: up 385% in \
      three years, a compound rate of about 69% a year (1.6925^3 is about 4.85).

      Common mistake: dividing the total change by the number of years. 385% / 3 is 128% a year, \
      which compounded over three years would turn $26.91B into more than $300B. Averaging the \
      yearly growth rates has the same fault.
      """,
    examples: [
      .init("cagr(nvda_fundamentals.fy2022.revenue, nvda_fundamentals.fy2025.revenue, 3 years)", yields: "69.25%"),
      .init("pct_change(nvda_fundamentals.fy2022.revenue, nvda_fundamentals.fy2025.revenue)", yields: "384.87%"),
      .init("pct_change(nvda_fundamentals.fy2022.revenue, nvda_fundamentals.fy2025.revenue) / 3", yields: "128.29%"),
    ],
    seeAlso: ["cagr", "pct_change", "percent vs points"])

  static let discountedCashFlow = HelpEntry(
    name: "discounted cash flow", kind: .concept, aliases: ["dcf model", "dcf valuation"],
    summary: "A DCF values a company as today's worth of all the cash it will produce.",
    explanation: """
      A discounted cash flow (DCF) valuation says a business is worth the cash it will hand its \
      owners in the future, each amount shrunk to what it is worth today. A dollar next year is \
      worth less than a dollar now, because today's dollar could earn the discount rate in the \
      meantime.

      Formula: value = c1 / (1 + r) + c2 / (1 + r)^2 + ... + cn / (1 + r)^n + TV / (1 + r)^n, \
      where r is the discount rate and TV the terminal value of every year after n. `dcf(rate, \
      flows, terminal_growth)` takes the flows as a list; `growth_value(cash_flow, growth, rate, \
      years, terminal_growth)` grows one flow for you; `implied_growth` runs it backwards (a \
      reverse DCF) to find the growth a price assumes.

      The cash is **free cash flow**, not net income: to grow, a company reinvests part of what it \
      earns, and a DCF that discounts the whole profit while assuming growth counts that money \
      twice. The rate is the return the owners require for the risk, from the CAPM: the risk-free \
      rate plus beta times the equity risk premium (`capm`, `help cost of capital`). The result is \
      the value of the operations; the shares own that plus the cash, minus the debt.

      Example, as lesson 7 does it, on stated assumptions: the base is NVIDIA's fiscal 2025 \
      operating income after a 21% tax (the US federal rate, an assumption); it grows 20% a year \
      for 5 years, then 3% for ever; each reinvested dollar earns an assumed 50% a year, so \
      growing g takes g / 50% of the profit (`reinvested_cash_flow`). The rate is the CAPM cost \
      of equity of 24 January 2025: the 10-year Treasury yield (`treasury_yields`), NVIDIA's beta \
      against SPY from 2 December 2024 (36 trading days, a short window: an assumption) and \
      Damodaran's 4.33% equity risk premium. Add the cash ($43.21B) and subtract the debt \
      ($8.46B) of 26 January 2025 (from the 10-K published a month later). The shares come out \
      at $1.14T, 39% of the market cap even after the fall of 27 January: the price assumed more \
      growth, a higher return on reinvestment or a lower rate (`help overreaction`).

      Common mistake: treating the result as a fact. A DCF is only as good as its guesses, and \
      small changes in the discount rate or the terminal growth move it a lot (see `help \
      discount rate`, `help terminal value`). State the assumptions next to the number. And \
      discounting net income as if it were all free: with these assumptions that adds $211B.
      """,
    examples: [
      .init("nopat = fundamentals.nvda.operating_income * (1 - 21%)", yields: "nopat = $64.35B"),
      .init(
        "r = capm(treasury_yields.dgs10[2025-01-24], beta(nvda.close[2024-12-02..2025-01-24], spy.close[2024-12-02..2025-01-24]), equity_risk_premium.erp)",
        yields: "r = 12.78%"),
      .init(
        "fcf = nopat * (1 + 20%)^[1, 2, 3, 4, 5] * (1 - 20% / 50%)",
        yields: "fcf = [$46.33B, $55.60B, $66.72B, $80.06B, $96.07B]"),
      .init("tv = gordon(nopat * (1 + 20%)^5 * (1 + 3%) * (1 - 3% / 50%), r, 3%)", yields: "tv = $1.585T"),
      .init("operations = npv(r, fcf) + tv / (1 + r)^5", yields: "operations = $1.102T"),
      .init(
        "equity = operations + fundamentals.nvda.cash_equivalents_and_marketable_securities - nvda_cash_flows.fy2025.total_debt",
        yields: "equity = $1.137T"),
      .init("equity / market_cap(nvda, 2025-01-27) in %", yields: "39.21%"),
      .init(
        "dcf(r, nopat * (1 + 20%)^[1, 2, 3, 4, 5], 3%) + fundamentals.nvda.cash_equivalents_and_marketable_securities - nvda_cash_flows.fy2025.total_debt - equity",
        yields: "$211.1B"),
    ],
    seeAlso: ["dcf", "npv", "growth_value", "implied_growth", "discount rate", "terminal value"])

  static let percentVsPoints = HelpEntry(
    name: "percent vs points", kind: .concept, aliases: ["percentage points", "percentage point"],
    summary: "A change in a rate: in percentage points (subtract) or in percent (relative).",
    explanation: """
      When the thing that changes is itself a percentage (an interest rate, a margin, a yield), \
      there are two ways to say by how much. Percentage points are the plain difference of the \
      two rates. A percent change is that difference relative to where the rate started.

      Formulas: points = new - old; percent change = (new - old) / old. A rate moving from 3% to \
      4.5% rose 1.5 points, and rose 50%. `pp_change` gives points, in the `pp` unit, and \
      `pct_change` the percent. The difference of two rates, `4.5% - 3%`, is still a rate \
      (`1.50%`), since formulas use it as one (`fcf / (r - g)`); `in pp` shows it in points.

      NVIDIA's earnings yield (EPS / price) was 2.06% at the close of 24 January 2025 and 2.48% \
      after the fall: up 0.42 points, or up 20.4%.

      Common mistake: writing "rose 1.5%" for a move from 3% to 4.5%. A reader cannot tell \
      whether the rate is now 4.5% or 3.045%. Say "1.5 percentage points", or "50%" if you mean \
      the relative change.
      """,
    examples: [
      .init("pp_change(3%, 4.5%)", yields: "1.5pp"),
      .init("pct_change(3%, 4.5%)", yields: "50.00%"),
      .init("4.5% - 3% in pp", yields: "1.5pp"),
      .init("before = earnings_yield(nvda.close[2025-01-24], nvda.eps_diluted)", yields: "before = 2.06%"),
      .init("after = earnings_yield(nvda.close[2025-01-27], nvda.eps_diluted)", yields: "after = 2.48%"),
      .init("pp_change(before, after)", yields: "0.421267pp"),
      .init("pct_change(before, after)", yields: "20.44%"),
    ],
    seeAlso: ["pp_change", "pct_change", "percent", "discount rate"])

  static let discountRate = HelpEntry(
    name: "discount rate", kind: .concept, aliases: ["cost of capital", "required return"],
    summary: "The yearly return investors require, used to turn future cash into today's value.",
    explanation: """
      The discount rate is the return an investor needs to be paid for waiting and for risk. \
      Money received in t years is divided by (1 + r)^t to give its value today: the higher the \
      rate, the less future cash is worth now. Riskier businesses get higher rates.

      Formula: present value = cash / (1 + r)^t. At 10%, $100 in one year is worth $90.91 today \
      and $100 in two years $82.64.

      In a simple illustration (assumptions: NVIDIA's $72.88B fiscal 2025 net income taken as \
      if it were all free cash, 20% growth for 5 years, then 3%; `help discounted cash flow` \
      does it on free cash flow), discounting at 9% instead of 10% raises the \
      value from $2.13T to $2.51T; put the other way, one point more on the rate cuts the value \
      by 15%, close to the 17% NVIDIA fell on 27 January 2025.

      Common mistake: changing the rate by "1%" and meaning a different thing. 10% to 11% is one \
      percentage point, 10% to 10.1% is one percent of the rate (see `help percent vs points`). \
      Also keep the rate and the flows in the same terms: yearly rate with yearly flows.
      """,
    examples: [
      .init("npv(10%, [$100, $100])", yields: "$173.55"),
      .init("ni = nvda_fundamentals.fy2025.net_income", yields: "ni = $72.88B"),
      .init("growth_value(ni, 20%, 10%, 5 years, 3%)", yields: "$2.134T"),
      .init("growth_value(ni, 20%, 9%, 5 years, 3%)", yields: "$2.514T"),
      .init(
        "growth_value(ni, 20%, 10%, 5 years, 3%) / growth_value(ni, 20%, 9%, 5 years, 3%) - 1 in %",
        yields: "-15.14%"),
    ],
    seeAlso: ["npv", "dcf", "discounted cash flow", "percent vs points"])

  static let terminalValue = HelpEntry(
    name: "terminal value", kind: .concept, aliases: ["gordon growth", "perpetuity value"],
    summary: "The value at the end of a forecast of every later year's cash, growing for ever.",
    explanation: """
      A forecast stops after a few years, but a company does not. The terminal value stands for \
      all the years after the last forecast year: it assumes the last cash flow grows at a \
      steady rate g for ever, and values that stream at the end of the forecast.

      Formula (Gordon growth): TV = cn * (1 + g) / (r - g), worth TV / (1 + r)^n today, where cn \
      is the last explicit flow and r the discount rate. `dcf` adds it to the explicit flows.

      For two flows of $100 at 10% with 2% growth after, TV = $102 / 8% = $1,275 at year 2, \
      $1,053.72 today: 86% of the whole value of $1,227.27. In a simple NVIDIA DCF \
      (assumed: its $72.88B net income as the flow, growing 20% for 5 years, then 3%, at 10%) the \
      terminal value is $1.66T of $2.13T, 78%: the growth assumed after year 5 carries the result.

      Common mistake: a terminal growth at or above the discount rate. The model is invalid there \
      (the perpetuity has no finite value) and Tape refuses it (`gordon`) rather than divide by \
      zero or print a negative value: no business can outgrow the economy for ever. Keep g modest \
      (near long-run inflation plus growth) and remember to discount TV back n years.
      """,
    examples: [
      .init("tv = $100 * (1 + 2%) / (10% - 2%)", yields: "tv = $1,275.00"),
      .init("tv / (1 + 10%)^2", yields: "$1,053.72"),
      .init("dcf(10%, [$100, $100], 2%)", yields: "$1,227.27"),
      .init("tv / (1 + 10%)^2 / dcf(10%, [$100, $100], 2%) in %", yields: "85.86%"),
      .init("ni = nvda_fundamentals.fy2025.net_income", yields: "ni = $72.88B"),
      .init("nvda_tv = ni * (1 + 20%)^5 * (1 + 3%) / (10% - 3%) / (1 + 10%)^5", yields: "nvda_tv = $1.657T"),
      .init("nvda_tv / growth_value(ni, 20%, 10%, 5 years, 3%) in %", yields: "77.66%"),
      .init(
        "dcf(10%, [$100, $100], 10%)",
        yields: """
          error: the Gordon growth model needs growth below the discount rate; growth 10.00% is not below 10.00%
          help: a perpetuity growing as fast as its discount rate has no finite value: lower the terminal growth (long-run GDP growth, 2-3%) or check the rate
          """),
    ],
    seeAlso: ["dcf", "discounted cash flow", "discount rate"])

  static let overreaction = HelpEntry(
    name: "overreaction", kind: .concept, aliases: ["market overreaction"],
    summary: "Judging a big one-day fall: compare it with what it says about future cash, not GDP.",
    explanation: """
      On 27 January 2025 NVIDIA lost about $590B of market value in one day, more than the whole \
      2023 GDP of Portugal ($287.1B). Comparisons like that make a fall sound absurd, and a \
      market that overreacts would be expected to bounce back. Whether it overreacted is a \
      question about future cash flows, not about the size of the number.

      Formula: a fall is an overreaction only if the news did not change the value of future \
      cash flows by as much. Compare the loss as a share of value (loss / market cap the day \
      before) with the change in a DCF, or ask how much the implied growth changed (`help \
      discounted cash flow`).

      NVIDIA's loss was 17% of its value. Lesson 8 asks what growth each price assumed, with a \
      reverse DCF on free cash flow: fiscal 2025's operating cash flow less capital expenditure \
      ($60.85B), the CAPM rate of `help discounted cash flow`, 3% growth after five years, and \
      the enterprise value (market cap plus debt less cash, since free cash flow belongs to the \
      whole business) as the value to match. The close of 24 January implied about 50% growth a \
      year for five years, that of 27 January about 44%: the fall took six points off the growth \
      investors expected. Or keep the growth and raise the rate one point: the value falls 11%, \
      about two thirds of the day's fall. Whether the news of that day (`events`) justified such \
      a change is the question to argue; the GDP comparison cannot answer it.

      Common mistake: comparing a market value with GDP. GDP is one year's output of a country; \
      market cap is today's value of all a company's future cash. The two are different kinds of \
      quantity, and a large company's value moves by hundreds of billions on small changes in \
      what investors expect.
      """,
    examples: [
      .init("market_value_change(nvda, 2025-01-27)", yields: "-$592.7B"),
      .init("gdp_2023.portugal", yields: "$287.1B"),
      .init("market_value_change(nvda, 2025-01-27) / market_cap(nvda, 2025-01-24) in %", yields: "-16.97%"),
      .init(
        "r = capm(treasury_yields.dgs10[2025-01-24], beta(nvda.close[2024-12-02..2025-01-24], spy.close[2024-12-02..2025-01-24]), equity_risk_premium.erp)",
        yields: "r = 12.78%"),
      .init(
        "fcf = nvda_cash_flows.fy2025.net_cash_from_operating_activities - nvda_cash_flows.fy2025.capex_property_equipment_intangibles",
        yields: "fcf = $60.85B"),
      .init(
        "net_debt = nvda_cash_flows.fy2025.total_debt - fundamentals.nvda.cash_equivalents_and_marketable_securities",
        yields: "net_debt = -$34.75B"),
      .init("g_before = implied_growth(market_cap(nvda, 2025-01-24) + net_debt, fcf, r, 5 years, 3%)", yields: "g_before = 50.14%"),
      .init("g_after = implied_growth(market_cap(nvda, 2025-01-27) + net_debt, fcf, r, 5 years, 3%)", yields: "g_after = 44.20%"),
      .init("pp_change(g_before, g_after)", yields: "-5.93874pp"),
      .init(
        "growth_value(fcf, g_before, r + 1%, 5 years, 3%) / (market_cap(nvda, 2025-01-24) + net_debt) - 1 in %",
        yields: "-10.92%"),
    ],
    seeAlso: ["market_value_change", "market cap", "discounted cash flow", "gdp_2023", "events"])
}
