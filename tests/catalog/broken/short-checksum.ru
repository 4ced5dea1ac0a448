# expect: kzsh:Checksum-checksumValue
PREFIX spdx: <http://spdx.org/rdf/terms#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { ?c spdx:checksumValue ?v } INSERT { ?c spdx:checksumValue "abc123"^^xsd:hexBinary }
WHERE { ?c spdx:checksumValue ?v FILTER(STRENDS(STR(?c), "/isesaki-3.ttl/sha256")) }
