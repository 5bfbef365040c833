import Testing

@testable import TapeLibrary

/// `CSVDocument`, as the datasets use it: quoted fields, doubled quotes, rows of the wrong length.
struct CSVDocumentTests {
  @Test func quotedFieldsKeepTheirCommasAndQuotes() throws {
    let document = try CSVDocument(
      text:
        "date,event,source_id\n2025-01-27,\"NVDA closes at 118.42, down 17%\",\"A;B\"\n2025-01-28,\"say \"\"hi\"\"\",C\n",
      path: "test.csv")
    #expect(document.header == ["date", "event", "source_id"])
    #expect(
      document.rows == [["2025-01-27", "NVDA closes at 118.42, down 17%", "A;B"], ["2025-01-28", "say \"hi\"", "C"]])
  }

  @Test func emptyFieldsStayEmpty() throws {
    let document = try CSVDocument(text: "a,b,c\n1,,3\n", path: "test.csv")
    #expect(document.rows == [["1", "", "3"]])
    #expect(document.records == [["a": "1", "b": "", "c": "3"]])
  }

  @Test func aRowOfTheWrongLengthNamesTheFileAndLine() {
    #expect(throws: CSVDocument.Problem(path: "bad.csv", line: 3, message: "2 fields where the header has 3")) {
      try CSVDocument(text: "a,b,c\n1,2,3\n4,5\n", path: "bad.csv")
    }
  }

  @Test func anEmptyTextHasNoHeader() {
    #expect(throws: CSVDocument.Problem(path: "empty.csv", line: 1, message: "no header row")) {
      try CSVDocument(text: "", path: "empty.csv")
    }
  }

  @Test func everyEmbeddedCSVParsesWithRowsOfItsHeadersLength() throws {
    for (path, text) in EmbeddedData.files where path.hasSuffix(".csv") {
      let document = try CSVDocument(text: text, path: path)
      #expect(!document.rows.isEmpty, "\(path) has no rows")
      #expect(document.rows.count == (try DataFiles.rows(path)).count, "\(path)")
    }
  }
}
