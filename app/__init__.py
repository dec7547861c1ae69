"""SafeReply: answer public reviews of a healthcare practice without disclosing PHI."""

import os

# Presidio's email recognizer uses tldextract, which otherwise fetches the public
# suffix list over the network on first use. Set before anything imports Presidio.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
