// POST /order/cart
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
	// This call is not authenticated: an application key is all it needs. Create one at
	// https://eu.api.ovh.com/createApp/
	client, err := ovh.NewClient(
		"ovh-eu",
		envOr("OVH_APPLICATION_KEY", "your_application_key"),
		envOr("OVH_APPLICATION_SECRET", "your_application_secret"),
		"", // no consumer key: the call is not signed
	)
	if err != nil {
		log.Fatal(err)
	}

	body := map[string]any{
		"description":   "My cart", // Description of your cart (type: string)
		"ovhSubsidiary": "FR",      // Required. OVH Subsidiary where you want to order (type: nichandle.OvhSubsidiaryEnum)
	}
	var result any
	if err := client.PostUnAuth("/order/cart", body, &result); err != nil {
		log.Fatal(err)
	}
	out, err := json.MarshalIndent(result, "", "    ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
}
