package lexicon_test

import "testing"

// TestDeploymentOfForces: the deployment of forces (triggers.tsv,
// "deployment" with an object list of forces) is a military move
// (MOBILIZE); a deployment named with no forces ("before the Soviet
// deployment", a back-reference) is none. Cases of our own, from histories.
func TestDeploymentOfForces(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"troops deployed to a country (history)", "In 1965 the deployment of American troops to Vietnam began.", "MOBILIZE USA>VNM"},
		{"forces deployed to a country (history)", "In 1990 the United States began the deployment of forces to Saudi Arabia.", "MOBILIZE USA>SAU"},
		{"missiles deployed (history)", "In 1983 NATO began the deployment of Pershing missiles to West Germany.", "MOBILIZE NATO>DEU"},
		{"deployments in the plural (news)", "In 2009 the deployments of Chinese warships to Somalia began.", "MOBILIZE CHN>SOM"},
		{"deployments in the plural (history)", "In 1962 the deployments of Soviet missiles to Cuba alarmed Washington.", "MOBILIZE SUN>CUB"},
		{"a deployment referred to (history)", "The KGB reported unrest in Herat half a year before the Soviet deployment.", ""},
	})
}
