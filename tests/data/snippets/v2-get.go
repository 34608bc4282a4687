// GET /v2/iam/policy/{policyId}
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
	// https://eu.api.ovh.com/createToken/?GET=/v2/iam/policy/*
	client, err := ovh.NewClient(
		"ovh-eu",
		envOr("OVH_APPLICATION_KEY", "your_application_key"),
		envOr("OVH_APPLICATION_SECRET", "your_application_secret"),
		envOr("OVH_CONSUMER_KEY", "your_consumer_key"),
	)
	if err != nil {
		log.Fatal(err)
	}

	// policyId = 6b3a0f4c-2d1e-4a5b-9c8d-7e6f5a4b3c2d: Required. Policy ID (type: uuid)
	var result any
	if err := client.Get("/v2/iam/policy/6b3a0f4c-2d1e-4a5b-9c8d-7e6f5a4b3c2d", &result); err != nil {
		log.Fatal(err)
	}
	out, err := json.MarshalIndent(result, "", "    ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
}
