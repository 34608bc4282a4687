// GET /v2/iam/policy
// Needs the official wrapper: go mod init example && go get github.com/ovh/go-ovh/ovh
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"

	"github.com/ovh/go-ovh/ovh"
)

// envOr reads an environment variable, with a fallback.
func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

func main() {
	// Create the keys with exactly the rights this call needs at
	// https://eu.api.ovh.com/createToken/?GET=/v2/iam/policy
	client, err := ovh.NewClient(
		"ovh-eu",
		envOr("OVH_APPLICATION_KEY", "your_application_key"),
		envOr("OVH_APPLICATION_SECRET", "your_application_secret"),
		envOr("OVH_CONSUMER_KEY", "your_consumer_key"),
	)
	if err != nil {
		log.Fatal(err)
	}

	// action = ["account:apiovh:me/get","domain:apiovh:get"]: Only the policies with these actions (type: string[])
	// details = true: Add the identities and resources (type: boolean)
	req, err := client.NewRequest("GET", "/v2/iam/policy?action=account%3Aapiovh%3Ame%2Fget&action=domain%3Aapiovh%3Aget&details=true", nil, true)
	if err != nil {
		log.Fatal(err)
	}
	// Pagination cursor (type: string)
	req.Header.Set("X-Pagination-Cursor", "b2Zmc2V0OjI")
	// Pagination size (type: long)
	req.Header.Set("X-Pagination-Size", "2")
	response, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	var result any
	if err := client.UnmarshalResponse(response, &result); err != nil {
		log.Fatal(err)
	}
	out, err := json.MarshalIndent(result, "", "    ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
}
