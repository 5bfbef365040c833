# The two set-up commands the README promises:
#   make run    install what is missing, build, start tape
#   make test   run every test
# and for developers:
#   make data   after changing Sources/TapeLibrary/Datasets/Data, a dataset declaration or stdlib/*.tape:
#               re-embed the data files and the stdlib, rewrite docs/datasets.md, then `make docs`
#   make docs   after changing a builtin, a help entry or a unit: rewrite docs/reference.md
.PHONY: run build test release clean data docs

run: build
	@.build/debug/tape

build:
	@scripts/setup.sh
	swift build --product tape

test:
	@scripts/setup.sh test
	swift test
	swift build --product tape
	.build/debug/tape check $$(find sessions -name "*.session" | sort)

release:
	@scripts/setup.sh
	swift build -c release --product tape
	@echo "built .build/release/tape"

data:
	swift run GenerateEmbeddedData
	swift run GenerateDatasetCatalog
	@$(MAKE) --no-print-directory docs

docs:
	swift run GenerateReference

clean:
	rm -rf .build
