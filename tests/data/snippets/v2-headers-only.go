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

	req, err := client.NewRequest("GET", "/v2/iam/policy", nil, true)
	if err != nil {
		log.Fatal(err)
	}
	// Pagination size (type: long)
	req.Header.Set("X-Pagination-Size", "50")
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
