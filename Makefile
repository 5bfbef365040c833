# The two set-up commands the README promises:
#   make run    install what is missing, build, start tape
#   make test   run every test
.PHONY: run build test release clean

run: build
	@.build/debug/tape

build:
	@scripts/setup.sh
	swift build --product tape

test:
	@scripts/setup.sh
	swift test

release:
	@scripts/setup.sh
	swift build -c release --product tape
	@echo "built .build/release/tape"

clean:
	rm -rf .build
