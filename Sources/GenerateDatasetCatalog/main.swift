// Writes docs/datasets.md from the dataset declarations (`DatasetRegistry.catalog`), the same
// metadata `help` reads.
//
//   swift run GenerateDatasetCatalog          (or `make data`) from the package root
import Foundation
import TapeLibrary

let path = FileManager.default.currentDirectoryPath + "/docs/datasets.md"
let text = DatasetCatalogDocument.markdown
if (try? String(contentsOfFile: path, encoding: .utf8)) == text {
  print("docs/datasets.md is up to date")
} else {
  try text.write(toFile: path, atomically: true, encoding: .utf8)
  print("wrote \(path)")
}
