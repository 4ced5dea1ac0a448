# expect: kzsh:Distribution-downloadURL
PREFIX dcat: <http://www.w3.org/ns/dcat#>
DELETE { ?d dcat:downloadURL ?u } WHERE { ?d dcat:downloadURL ?u FILTER(STRENDS(STR(?u), "/isesaki-3.ttl")) }
