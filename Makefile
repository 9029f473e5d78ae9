# Builds journal and puts it on your path, with its picture helper, its manual page and the
# completion scripts of bash, zsh and fish.
#
#   make demo          builds, then shows the digest of a demo journal in a temporary folder
#   make install       builds and installs into ~/.local (no root needed)
#   make uninstall     removes what install put there (give it the same PREFIX)
#   make && sudo make install PREFIX=/usr/local
#
# The first build downloads the Swift packages journal uses (GRDB, swift-argument-parser,
# ZIPFoundation) and SQLCipher's source (Scripts/fetch-sqlcipher); later builds need no network.
# DESTDIR, put before PREFIX, is for packagers.

PREFIX ?= $(HOME)/.local
# `make install PREFIX=~/.local` in a shell that leaves the ~ alone (zsh) means the home folder.
override PREFIX := $(patsubst ~%,$(HOME)%,$(PREFIX))
SWIFT ?= swift
# pipefail: a failing build must fail the recipe whose output goes through grep.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c

bindir := $(DESTDIR)$(PREFIX)/bin
# journal looks for its helper beside itself, then in ../libexec/journal/ (PictureHelper.swift),
# so the helper stays off the path.
helperdir := $(DESTDIR)$(PREFIX)/libexec/journal
man1dir := $(DESTDIR)$(PREFIX)/share/man/man1
# Where the shells look for a command's completions: bash-completion and fish in their folders
# under ~/.local/share and under each folder of XDG_DATA_DIRS (/usr/local/share and /usr/share
# when it is not set); zsh in /usr/local/share/zsh/site-functions, other prefixes going on its
# fpath. man finds PREFIX/share/man through PREFIX/bin on the PATH.
bashdir := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

release := .build/release
generated := .build/install
sqlcipher := Sources/CSQLCipher/vendor/sqlite3.c
sources := Package.swift $(shell find Sources -type f -not -path '*/vendor/*')
completions := $(generated)/journal.bash $(generated)/_journal $(generated)/journal.fish

.PHONY: all demo install uninstall

all: $(release)/journal $(generated)/journal.1 $(completions)

$(sqlcipher):
	Scripts/fetch-sqlcipher

# The static standard library: a binary that needs no Swift installed, and starts in a few
# milliseconds instead of twenty. Linking Foundation statically makes the linker warn that
# Foundation calls mktemp; it only names a file that it then creates with O_EXCL, as mkstemp
# does (README, "When the build goes wrong"), so the two lines of that warning are left out.
$(release)/journal: $(sources) $(sqlcipher)
	@echo "$(SWIFT) build -c release --static-swift-stdlib"
	@$(SWIFT) build -c release --static-swift-stdlib 2>&1 | \
		grep -v "libFoundationEssentials.a(Data+Writing.swift.o).*warning: the use of .mktemp' is dangerous"
	@touch $@

# swift-argument-parser's plugin writes the page from the help texts. It builds the package
# itself, here in debug mode: a release build of its own, without the static standard library,
# would compile everything again over the binaries above. The help texts' blank lines become
# mdoc's paragraph breaks, which man would otherwise warn about each time it shows the page.
$(generated)/journal.1: $(sources) $(sqlcipher)
	$(SWIFT) package generate-manual --configuration debug
	mkdir -p $(generated)
	sed 's/^$$/.Pp/' .build/plugins/GenerateManual/outputs/journal/journal.1 > $@

$(generated)/journal.bash: $(release)/journal
	mkdir -p $(generated)
	$(release)/journal --generate-completion-script bash > $@
$(generated)/_journal: $(release)/journal
	mkdir -p $(generated)
	$(release)/journal --generate-completion-script zsh > $@
$(generated)/journal.fish: $(release)/journal
	mkdir -p $(generated)
	$(release)/journal --generate-completion-script fish > $@

demo: $(release)/journal
	JOURNAL=$(release)/journal Examples/demo-journal.sh

install: all
	install -d "$(bindir)" "$(helperdir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	install -m 755 -s $(release)/journal "$(bindir)/journal"
	install -m 755 -s $(release)/journal-picture "$(helperdir)/journal-picture"
	install -m 644 $(generated)/journal.1 "$(man1dir)/journal.1"
	install -m 644 $(generated)/journal.bash "$(bashdir)/journal"
	install -m 644 $(generated)/_journal "$(zshdir)/_journal"
	install -m 644 $(generated)/journal.fish "$(fishdir)/journal.fish"
	@echo "Installed journal in $(bindir), its manual page (man journal) and completions."
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) [ -n "$(DESTDIR)" ] || \
		echo "$(PREFIX)/bin is not on your PATH yet. On Debian and Ubuntu, ~/.profile adds ~/.local/bin at your next login; otherwise add the line export PATH=\"$(PREFIX)/bin:\$$PATH\" to ~/.profile (~/.zprofile for zsh) and log in again." ;; esac

uninstall:
	rm -f "$(bindir)/journal" "$(helperdir)/journal-picture" "$(man1dir)/journal.1" \
		"$(bashdir)/journal" "$(zshdir)/_journal" "$(fishdir)/journal.fish"
	if [ -d "$(helperdir)" ]; then rmdir --ignore-fail-on-non-empty "$(helperdir)"; fi
	@echo "Removed journal from $(PREFIX). Your journal itself is left where it is (~/.local/share/journal unless you chose another place)."
