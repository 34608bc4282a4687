#!/bin/bash
# Drives the bash completion as bash does (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT) for a
# subcommand, option names and values, a custom URL split at ':', schema paths and parameter
# names. Usage: checkcompletion.sh BIN_DIR COMPLETION_SCRIPT
set -u
bin=$1
script=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export PATH="$bin:$PATH" XDG_CACHE_HOME=$scratch/cache XDG_CONFIG_HOME=$scratch/config HOME=$scratch
unset OVH_ENDPOINT
mkdir -p "$XDG_CONFIG_HOME/ovh-api-explorer"
printf '[session]\nendpoint=https://api.example.test/1.0\n' \
    >"$XDG_CONFIG_HOME/ovh-api-explorer/ovh-explorer.conf"
source "$script"
[[ $(complete -p ovh-explorer-cli 2>/dev/null) == *"-F _ovh_explorer_cli"* ]] ||
    { echo "FAIL: no completion function for ovh-explorer-cli"; exit 1; }

failures=0
# check LINE EXPECTED...: completes at the end of LINE; the candidates must be exactly EXPECTED.
check()
{
    local line=$1
    shift
    COMP_LINE=$line
    COMP_POINT=${#line}
    # bash splits words at spaces and at the characters of COMP_WORDBREAKS (':' '=' ...).
    local IFS=$' \t\n'
    read -r -a COMP_WORDS <<<"$(sed -E 's/([:=])/ \1 /g' <<<"$line")"
    # After a space or a word break, the word under the cursor is empty.
    [[ $line == *[\ :=] ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _ovh_explorer_cli
    local got expected
    got=$(printf '%s\n' "${COMPREPLY[@]}")
    expected=$(printf '%s\n' "$@")
    if [[ $got != "$expected" ]]; then
        echo "FAIL: '$line'"
        echo "  expected: $(tr '\n' ' ' <<<"$expected")"
        echo "  got:      $(tr '\n' ' ' <<<"$got")"
        failures=$((failures + 1))
    else
        echo "ok: '$line' -> $(tr '\n' ' ' <<<"$got")"
    fi
}

check "ovh-explorer-cli ca" call
check "ovh-explorer-cli s" schema snippet sandbox
check "ovh-explorer-cli hi" history
check "ovh-explorer-cli history --f" --filter
check "ovh-explorer-cli call --from" --from-history
check "ovh-explorer-cli call --end" --endpoint
check "ovh-explorer-cli call --endpoint ovh-" ovh-eu ovh-ca ovh-us
check "ovh-explorer-cli snippet --lang p" python php
check "ovh-explorer-cli login --store " keychain file
check "ovh-explorer-cli ops --endpoint https://api.ex" //api.example.test/1.0
check "ovh-explorer-cli call g" GET
check "ovh-explorer-cli call GET /domain/zone/{zoneName}/rec" \
    "/domain/zone/{zoneName}/record" "/domain/zone/{zoneName}/record/{id}"
check "ovh-explorer-cli call DELETE /domain/zone/{zoneName}/rec" "/domain/zone/{zoneName}/record/{id}"
check "ovh-explorer-cli call --endpoint ovh-eu GET /domain/zone/{zoneName}/record -p sub" subDomain=
check "ovh-explorer-cli call GET /domain/zone/{zoneName}/record -p " zoneName= fieldType= subDomain=
check "ovh-explorer-cli call GET /me -p "
if ((failures > 0)); then
    echo "$failures completion(s) wrong"
    exit 1
fi
echo "every completion as expected"
