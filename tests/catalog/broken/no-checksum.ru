# expect: kzsh:Distribution-checksum
PREFIX spdx: <http://spdx.org/rdf/terms#>
DELETE { ?d spdx:checksum ?c } WHERE { ?d spdx:checksum ?c FILTER(STRENDS(STR(?d), "/isesaki-3.nt")) }
