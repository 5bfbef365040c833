# The two set-up commands the README promises:
#   make run    install what is missing, build, start tape
#   make test   run every test
# To install (docs/install.md):
#   make release             an optimised binary that needs only the C library (and libedit for the prompt)
#   sudo make install        the binary, its man page and bash, zsh and fish completions under
#                            PREFIX (/usr/local); DESTDIR stages them elsewhere
#   sudo make uninstall      removes what `make install` put there (same PREFIX and DESTDIR)
#   make deb                 tape_VERSION_amd64.deb, for `sudo dpkg -i` (scripts/package-deb.sh)
#   make jupyter             the Jupyter kernel, for the current user (docs/jupyter.md)
# and for developers:
#   make data   after changing Sources/TapeLibrary/Datasets/Data, a dataset declaration or stdlib/*.tape:
#               re-embed the data files and the stdlib, rewrite docs/datasets.md, then `make docs`
#   make docs   after changing a builtin, a help entry or a unit: rewrite docs/reference.md
#   make man    after changing an option or a subcommand's help: rewrite man/tape.1
#   make version  after changing VERSION: write it into Sources/TapeREPL/TapeVersion.swift and the
#               editor extension (editors/vscode/package.json)
#   make test-package  what CI runs after `make test`: the static binary, `make install` into a
#               scratch folder, the .deb installed and removed (scripts/test-package.sh)
.PHONY: run build test release install uninstall deb jupyter test-package clean data docs man version

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
BASH_COMPLETION_DIR ?= $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION_DIR ?= $(PREFIX)/share/zsh/site-functions
FISH_COMPLETION_DIR ?= $(PREFIX)/share/fish/vendor_completions.d
# The Jupyter kernel's files, for `python3 $(PREFIX)/share/tape/jupyter/install.py`.
TAPE_DATA_DIR ?= $(PREFIX)/share/tape

RELEASE_BINARY = .build/release/tape

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
	scripts/test-jupyter.sh

release:
	@scripts/build-release.sh

# `make install` builds the release binary only when there is none, so `make release` as
# yourself, then `sudo make install`, leaves no file in .build owned by root.
$(RELEASE_BINARY):
	@scripts/build-release.sh

install: $(RELEASE_BINARY)
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)/man1" "$(DESTDIR)$(BASH_COMPLETION_DIR)" \
	  "$(DESTDIR)$(ZSH_COMPLETION_DIR)" "$(DESTDIR)$(FISH_COMPLETION_DIR)" "$(DESTDIR)$(TAPE_DATA_DIR)/jupyter"
	install -m 755 $(RELEASE_BINARY) "$(DESTDIR)$(BINDIR)/tape"
	install -m 644 man/tape.1 "$(DESTDIR)$(MANDIR)/man1/tape.1"
	$(RELEASE_BINARY) --generate-completion-script bash > "$(DESTDIR)$(BASH_COMPLETION_DIR)/tape"
	$(RELEASE_BINARY) --generate-completion-script zsh > "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_tape"
	$(RELEASE_BINARY) --generate-completion-script fish > "$(DESTDIR)$(FISH_COMPLETION_DIR)/tape.fish"
	install -m 644 jupyter/tape_kernel.py jupyter/install.py "$(DESTDIR)$(TAPE_DATA_DIR)/jupyter/"
	@echo "installed $(DESTDIR)$(BINDIR)/tape, its man page and completions"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/tape" "$(DESTDIR)$(MANDIR)/man1/tape.1" "$(DESTDIR)$(BASH_COMPLETION_DIR)/tape" \
	  "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_tape" "$(DESTDIR)$(FISH_COMPLETION_DIR)/tape.fish"
	rm -rf "$(DESTDIR)$(TAPE_DATA_DIR)/jupyter"
	-rmdir "$(DESTDIR)$(TAPE_DATA_DIR)" 2>/dev/null

deb:
	@scripts/package-deb.sh

jupyter:
	python3 jupyter/install.py --user

test-package:
	scripts/test-package.sh

data:
	swift run GenerateEmbeddedData
	swift run GenerateDatasetCatalog
	@$(MAKE) --no-print-directory docs

docs:
	swift run GenerateReference

# ArgumentParser's generate-manual plugin writes the page from the command's own help (the
# dates pinned, so the page changes only with the help). Two edits: the synopsis shows the
# subcommand as optional (plain `tape` starts a session), and blank lines in a discussion
# become paragraph breaks (a blank line is not valid mdoc; man warns about each).
man:
	swift package plugin generate-manual --configuration debug --date 2026-12-01
	sed -e '1s/.*/.\\" Generated from the help of tape by swift-argument-parser: `make man` rewrites it; do not edit./' \
	  -e 's/^\.Ar subcommand$$/.Op Ar subcommand/' -e 's/^$$/.Pp/' \
	  .build/plugins/GenerateManual/outputs/tape/tape.1 > man/tape.1
	@echo "wrote man/tape.1"

version:
	sed -i -e "s/^  public static let current = \".*\"/  public static let current = \"$$(cat VERSION)\"/" Sources/TapeREPL/TapeVersion.swift
	sed -i -e "s/^  \"version\": \".*\",/  \"version\": \"$$(cat VERSION)\",/" editors/vscode/package.json
	@grep -n 'static let current' Sources/TapeREPL/TapeVersion.swift
	@grep -n '"version"' editors/vscode/package.json

clean:
	rm -rf .build
