namespace ProvenanceCheck.Configuration;

/// <summary>The commented <c>.provcheck.yaml</c> that <c>provcheck init</c> writes. Every line parses as it stands.</summary>
public static class StarterConfig
{
    /// <summary>The file's text.</summary>
    public const string Text = """
        # ProvenanceCheck configuration. provcheck reads this file for every article in this folder and
        # below; files in subfolders refine it (nearer files win), as .editorconfig does.
        # 'provcheck rules --effective FILE' shows what applies to one article and where each setting came from.

        # Stop looking for .provcheck.yaml in parent folders.
        root: true

        # Extra policy files or folders, relative to this file. The built-in rules load unless default-rules is false.
        # policies: [policies/house-style.yaml]
        default-rules: true

        # Severities by rule id or by category: error, warning, info or none (none turns the rule off).
        rules:
          # PC3003: none
          # category:Sourcing: error
          PC1003: info

        # Rule options replace the keys of a rule's own 'options:' (see 'provcheck explain PC2001').
        # options:
        #   PC2001: {window: 2}

        # Settings used by fixes: the sentence 'provcheck fix' inserts for PC1001 and PC1002.
        # settings:
        #   house-disclosure: "No generative AI was used in reporting or writing this article."

        # The lowest severity that fails 'provcheck check' (exit code 1).
        fail-on: warning

        # Ask every <!-- provcheck-disable … --> to give a reason after '--' (reported as PC0001).
        require-suppression-reasons: true

        # Settings for some files only; later blocks win over earlier ones.
        overrides:
          - files: ["opinion/**"]
            rules: {PC3002: info}
          # - files: ["**/*.md"]
          #   rules: {PC3003: none}

        """;
}
